# syntax=docker/dockerfile:1
# WRONG: the virtualenv made at /opt/venv is copied to /venv. Its scripts start with
# #!/opt/venv/bin/python, which does not exist in the final image: uvicorn cannot start.

FROM python:3.14-slim AS build
# psycopg2 (source only) compiles its C extension during pip install.
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential libpq-dev \
 && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.14-slim AS runtime
# The compiled extensions load libpq at run time; the headers stay behind.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /opt/venv /venv
ENV PATH="/venv/bin:$PATH"
WORKDIR /app
COPY app ./app
RUN useradd --create-home --uid 10001 api
USER api
EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]

# syntax=docker/dockerfile:1
# WRONG: the build stage makes its venv at /srv/venv, but the runtime copies /srv/env, a folder
# nothing made: the COPY fails with "not found".

FROM python:3.14-slim AS build
# psycopg2 (source only) compiles its C extension during pip install.
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential libpq-dev \
 && rm -rf /var/lib/apt/lists/*
RUN python -m venv /srv/venv
ENV PATH="/srv/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.14-slim AS runtime
# The compiled extensions load libpq at run time; the headers stay behind.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /srv/env /srv/venv
ENV PATH="/srv/venv/bin:$PATH"
WORKDIR /app
COPY app ./app
RUN useradd --create-home --uid 10001 api
USER api
EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]

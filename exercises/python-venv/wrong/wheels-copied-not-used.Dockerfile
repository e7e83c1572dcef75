# syntax=docker/dockerfile:1
# WRONG: the wheels are copied, but pip install has no --no-index --find-links: it downloads psycopg2 again and must compile it, with no compiler in the final stage.

FROM python:3.14-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential libpq-dev \
 && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /tmp/requirements.txt
RUN pip wheel --no-cache-dir --wheel-dir /tmp/wheels -r /tmp/requirements.txt

FROM python:3.14-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 \
 && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /tmp/requirements.txt
COPY --from=build /tmp/wheels /tmp/wheels
RUN pip install --no-cache-dir -r /tmp/requirements.txt
WORKDIR /app
COPY app ./app
RUN useradd --create-home --uid 10001 api
USER api
EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]

# syntax=docker/dockerfile:1
# WRONG: one stage, and the compiler is purged in a RUN after the install: the layer of
# the install RUN keeps build-essential and libpq-dev, so nothing is saved.

FROM python:3.12-slim AS app
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential libpq-dev libpq5 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
RUN apt-get purge -y --auto-remove build-essential libpq-dev
COPY app ./app
RUN useradd --create-home --uid 10001 api
USER api
EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]

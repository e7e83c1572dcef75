# syntax=docker/dockerfile:1

FROM python:3.14-slim AS app
# psycopg2 (source only) compiles its C extension during pip install.
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential libpq-dev libpq5 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app ./app
RUN useradd --create-home --uid 10001 api
USER api
EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]

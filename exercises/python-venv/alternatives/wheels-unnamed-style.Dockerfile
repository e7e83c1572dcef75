# syntax=docker/dockerfile:1
# Right, written differently: wheels built with pip wheel, installed and deleted in one RUN on the slim image.
FROM python:3.14-slim AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY requirements.txt .
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt

FROM python:3.14-slim AS rt
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
COPY --from=builder /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
WORKDIR /app
COPY app ./app
RUN useradd -m api
USER api
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]

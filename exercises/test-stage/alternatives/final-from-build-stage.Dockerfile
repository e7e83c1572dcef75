# syntax=docker/dockerfile:1
# The final stage is written FROM the lean build stage (python:slim, the venv, the code) instead of copying the venv.

FROM python:3.14-slim AS base
WORKDIR /app
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY scheduler ./scheduler

FROM base AS checks
COPY requirements-dev.txt ./
RUN pip install --no-cache-dir -r requirements-dev.txt
COPY tests ./tests
RUN pytest -q

FROM base AS app
USER 10001
CMD ["python", "-m", "scheduler"]

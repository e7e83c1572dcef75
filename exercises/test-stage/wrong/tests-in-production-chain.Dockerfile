# syntax=docker/dockerfile:1
# WRONG: the tests run in a stage the production stage is written FROM, so a plain
# `docker build` runs them every time and production inherits the test tools.

FROM python:3.12-slim AS build
WORKDIR /app
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY scheduler ./scheduler

FROM build AS test
COPY requirements-dev.txt ./
RUN pip install --no-cache-dir -r requirements-dev.txt
COPY tests ./tests
RUN pytest -q

FROM test AS runtime
USER 10001
CMD ["python", "-m", "scheduler"]

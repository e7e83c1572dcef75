# syntax=docker/dockerfile:1
# WRONG: the test stage installs requirements-dev.txt before copying it in: pip stops with
# "Could not open requirements file", and `docker build --target test` (the CI gate) fails.

FROM python:3.14-slim AS build
WORKDIR /app
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY scheduler ./scheduler

# CI runs `docker build --target test .`; a plain build skips this stage.
FROM build AS test
RUN pip install --no-cache-dir -r requirements-dev.txt
COPY requirements-dev.txt ./
COPY tests ./tests
RUN pytest -q

FROM python:3.14-slim AS runtime
COPY --from=build /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY --from=build /app/scheduler ./scheduler
USER 10001
CMD ["python", "-m", "scheduler"]

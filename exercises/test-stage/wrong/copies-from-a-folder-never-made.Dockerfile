# syntax=docker/dockerfile:1
# WRONG: the package is copied from /src/scheduler, a folder this build never makes: the build
# stage works in /app, nothing puts anything in /src, so the COPY fails with "not found".

FROM python:3.14-slim AS build
WORKDIR /app
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY scheduler ./scheduler

# CI runs `docker build --target test .`; a plain build skips this stage.
FROM build AS test
COPY requirements-dev.txt ./
RUN pip install --no-cache-dir -r requirements-dev.txt
COPY tests ./tests
RUN pytest -q

FROM python:3.14-slim AS runtime
COPY --from=build /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY --from=build /src/scheduler ./scheduler
USER 10001
CMD ["python", "-m", "scheduler"]

# syntax=docker/dockerfile:1
# WRONG: the build stage installs requirements-dev.txt into /opt/venv too, "so the test
# stage has it ready"; but production copies that same /opt/venv, so pytest and friends ship.

FROM python:3.12-slim AS base
WORKDIR /app
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt requirements-dev.txt ./
RUN pip install --no-cache-dir -r requirements.txt -r requirements-dev.txt
COPY scheduler ./scheduler

FROM base AS test
COPY tests ./tests
RUN pytest -q

FROM python:3.12-slim AS runtime
COPY --from=base /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY --from=base /app/scheduler ./scheduler
USER 10001
CMD ["python", "-m", "scheduler"]

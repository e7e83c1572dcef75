# syntax=docker/dockerfile:1
# WRONG: pytest is told to run tests/, but no COPY brings that folder into the test stage.

FROM python:3.14-slim AS build
WORKDIR /app
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY scheduler ./scheduler

FROM build AS test
COPY requirements-dev.txt ./
RUN pip install --no-cache-dir -r requirements-dev.txt
RUN pytest -q tests

FROM python:3.14-slim AS runtime
COPY --from=build /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY --from=build /app/scheduler ./scheduler
USER 10001
CMD ["python", "-m", "scheduler"]

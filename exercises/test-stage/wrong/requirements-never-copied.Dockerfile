# syntax=docker/dockerfile:1
# WRONG: the dependencies stage runs `pip install -r requirements.txt` without copying
# requirements.txt in first: pip finds no file and the build fails.

FROM python:3.12-slim AS build
WORKDIR /app
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
RUN pip install --no-cache-dir -r requirements.txt
COPY scheduler ./scheduler

FROM build AS test
COPY requirements-dev.txt ./
RUN pip install --no-cache-dir -r requirements-dev.txt
COPY tests ./tests
RUN pytest -q

FROM python:3.12-slim AS runtime
COPY --from=build /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY --from=build /app/scheduler ./scheduler
USER 10001
CMD ["python", "-m", "scheduler"]

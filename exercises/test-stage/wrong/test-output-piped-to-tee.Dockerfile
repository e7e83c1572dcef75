# syntax=docker/dockerfile:1
# WRONG: `pytest | tee` reports tee's status, not pytest's (sh has no pipefail), so the
# test stage builds even when tests fail.

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
COPY tests ./tests
RUN pytest -q | tee /tmp/pytest.log

FROM python:3.14-slim AS runtime
COPY --from=build /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY --from=build /app/scheduler ./scheduler
USER 10001
CMD ["python", "-m", "scheduler"]

# syntax=docker/dockerfile:1
# pytest with coverage options whose values are words, then the tests folder.

FROM python:3.14-slim AS env
WORKDIR /app
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY scheduler ./scheduler

FROM env AS unit-tests
COPY requirements-dev.txt ./
RUN pip install --no-cache-dir -r requirements-dev.txt
COPY tests ./tests
RUN pytest -q --cov=scheduler --cov-report term-missing tests

FROM python:3.14-slim AS runtime
COPY --from=env /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY --from=env /app/scheduler ./scheduler
USER 10001
CMD ["python", "-m", "scheduler"]

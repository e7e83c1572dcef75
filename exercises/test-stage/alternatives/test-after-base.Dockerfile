# syntax=docker/dockerfile:1
FROM python:3.14-slim AS env
RUN python -m venv /venv
ENV PATH=/venv/bin:$PATH
WORKDIR /code
COPY requirements.txt .
RUN pip install -r requirements.txt

FROM env AS checks
COPY requirements-dev.txt .
RUN pip install -r requirements-dev.txt
COPY . .
RUN python -m pytest -q tests

FROM python:3.14-slim AS release
WORKDIR /code
COPY --from=env /venv /venv
ENV PATH=/venv/bin:$PATH
COPY scheduler scheduler
RUN useradd --uid 10001 scheduler
USER scheduler
ENTRYPOINT ["python", "-m", "scheduler"]

# syntax=docker/dockerfile:1
# Right, written differently: Debian slim with a digest-free tag, the virtualenv in /venv,
# cache mounts for pip, and the test stage adds its tools to its own copy of the environment.
FROM python:3.12-slim-bookworm AS deps
WORKDIR /srv
ENV VIRTUAL_ENV=/venv PATH="/venv/bin:$PATH"
RUN python -m venv /venv
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
COPY scheduler/ scheduler/

FROM deps AS checks
COPY requirements-dev.txt .
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements-dev.txt
COPY tests/ tests/
RUN python -m pytest -q

FROM python:3.12-slim-bookworm AS release
ENV PATH="/venv/bin:$PATH"
COPY --link --from=deps /venv /venv
WORKDIR /srv
COPY --link --from=deps /srv/scheduler scheduler
USER 65532:65532
ENTRYPOINT ["python", "-m", "scheduler"]

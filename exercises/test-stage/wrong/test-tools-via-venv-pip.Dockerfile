# syntax=docker/dockerfile:1
# WRONG: pytest is installed with the virtualenv's own pip in the dependencies stage, before
# the test stage branches off; production copies that virtualenv, test tools and all.

FROM python:3.12-slim AS deps
WORKDIR /app
RUN python -m venv /venv
COPY requirements.txt ./
RUN /venv/bin/pip install --no-cache-dir -r requirements.txt \
 && /venv/bin/pip install --no-cache-dir pytest pytest-cov

FROM deps AS test
COPY . .
RUN /venv/bin/pytest -q

FROM python:3.12-slim AS prod
COPY --from=deps /venv /venv
WORKDIR /app
COPY scheduler ./scheduler
USER 10001
CMD ["/venv/bin/python", "-m", "scheduler"]

# syntax=docker/dockerfile:1
# A heredoc script that starts with `set -e`: the failing pytest line ends it with its status.

FROM python:3.14-slim AS deps
WORKDIR /app
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY scheduler ./scheduler

FROM deps AS unit-tests
COPY requirements-dev.txt ./
RUN pip install --no-cache-dir -r requirements-dev.txt
COPY tests ./tests
RUN <<EOF
set -eu
pytest -q
echo "tests done"
EOF

FROM python:3.14-slim AS app
COPY --from=deps /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY --from=deps /app/scheduler ./scheduler
USER 10001
CMD ["python", "-m", "scheduler"]

# syntax=docker/dockerfile:1
# WRONG: the heredoc's lines run as one sh script without `set -e`: its status is the last
# line's (the echo), so failing tests do not fail the build.

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
RUN <<EOF
pytest -q
echo "tests done"
EOF

FROM python:3.14-slim AS runtime
COPY --from=build /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /app
COPY --from=build /app/scheduler ./scheduler
USER 10001
CMD ["python", "-m", "scheduler"]

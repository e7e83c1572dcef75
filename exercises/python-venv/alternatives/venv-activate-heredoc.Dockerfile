# syntax=docker/dockerfile:1
# Right, written differently: the virtualenv activated in a heredoc RUN, a pip cache mount,
# Debian trixie slim tags, the user created before USER with adduser-style flags.
FROM python:3.14-slim-trixie AS venv-builder
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY requirements.txt ./
RUN --mount=type=cache,target=/root/.cache/pip <<EOT
  set -e
  python -m venv /venv
  . /venv/bin/activate
  pip install -r requirements.txt
EOT

FROM python:3.14-slim-trixie AS api
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/* \
 && groupadd --gid 10001 api && useradd --uid 10001 --gid api --no-create-home api
COPY --link --from=venv-builder /venv /venv
ENV PATH=/venv/bin:$PATH
WORKDIR /srv
COPY app/ app/
USER api:api
EXPOSE 8000
ENTRYPOINT ["uvicorn", "app.main:app"]
CMD ["--host", "0.0.0.0", "--port", "8000"]

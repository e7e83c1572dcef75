# syntax=docker/dockerfile:1
# Right, written differently: a system group and user created together, --chown on the copied code, USER name:group.
FROM python:3.14-slim AS venv
RUN python -m venv /opt/venv
COPY requirements.txt /tmp/
RUN /opt/venv/bin/pip install --no-cache-dir -r /tmp/requirements.txt

FROM python:3.14-slim AS web
RUN groupadd --system notes && useradd --system --gid notes --no-create-home notes
COPY --from=venv /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /srv
COPY --chown=notes:notes notes ./notes
USER notes:notes
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "notes.wsgi:app"]

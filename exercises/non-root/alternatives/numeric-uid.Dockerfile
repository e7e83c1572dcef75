# syntax=docker/dockerfile:1
FROM python:3.14-slim AS venv
RUN python -m venv /venv
COPY requirements.txt /tmp/requirements.txt
RUN /venv/bin/pip install -r /tmp/requirements.txt

FROM python:3.14-slim AS web
COPY --from=venv /venv /venv
ENV PATH=/venv/bin:$PATH
WORKDIR /srv
COPY --chown=10001:10001 notes notes
# A numeric UID needs no /etc/passwd entry.
USER 10001:10001
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "notes.wsgi:app"]

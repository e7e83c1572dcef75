# syntax=docker/dockerfile:1
# Right, written differently: Debian's own `nobody` user, which every Debian image has;
# the environment copied with --link and owned by root (read-only for the app).
FROM python:3.12-slim-bookworm AS env
ENV VIRTUAL_ENV=/venv
RUN python -m venv $VIRTUAL_ENV
COPY requirements.txt /tmp/requirements.txt
RUN $VIRTUAL_ENV/bin/pip install --no-cache-dir -r /tmp/requirements.txt

FROM python:3.12-slim-bookworm AS web
COPY --link --from=env /venv /venv
ENV PATH="/venv/bin:$PATH"
WORKDIR /srv
COPY notes/ notes/
USER nobody:nogroup
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "notes.wsgi:app"]

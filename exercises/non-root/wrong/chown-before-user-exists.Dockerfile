# syntax=docker/dockerfile:1
# WRONG: COPY --chown=notes runs before useradd creates notes, so BuildKit finds no such user and the build fails.

FROM python:3.14-slim AS build
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.14-slim AS runtime
COPY --from=build /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /srv
COPY --chown=notes:notes notes ./notes
# A system user with no login shell and no home: enough to run gunicorn.
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin notes
USER notes
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "notes.wsgi:app"]

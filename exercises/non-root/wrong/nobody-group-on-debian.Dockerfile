# syntax=docker/dockerfile:1
# WRONG: Debian has no group called nobody (its group is nogroup), so USER nobody:nobody cannot start.

FROM python:3.14-slim AS build
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.14-slim AS runtime
COPY --from=build /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /srv
COPY notes ./notes
# A system user with no login shell and no home: enough to run gunicorn.

USER nobody:nobody
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "notes.wsgi:app"]

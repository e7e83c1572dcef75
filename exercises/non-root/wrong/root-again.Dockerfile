# syntax=docker/dockerfile:1
# WRONG: a user is created and set, then `USER root` "to fix a permissions error" comes
# after it: the app runs as root again.

FROM python:3.12-slim AS build
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim AS runtime
COPY --from=build /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /srv
RUN useradd --system --uid 10001 notes
USER notes
COPY notes ./notes
USER root
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "notes.wsgi:app"]

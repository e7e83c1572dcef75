# syntax=docker/dockerfile:1
# WRONG: `USER notes` comes first and the RUN that creates `notes` after it: that RUN runs
# as a user that does not exist yet, and the build stops.

FROM python:3.12-slim AS build
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim AS runtime
USER notes
COPY --from=build /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /srv
COPY notes ./notes
RUN useradd --system --uid 10001 --no-create-home notes
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "notes.wsgi:app"]

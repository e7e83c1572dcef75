# syntax=docker/dockerfile:1
# WRONG: USER names a user that does not exist in the image: the container fails to start.
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
USER notes
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "notes.wsgi:app"]

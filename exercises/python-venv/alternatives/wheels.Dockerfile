# syntax=docker/dockerfile:1
FROM python:3.14-trixie AS wheels
WORKDIR /wheels
COPY requirements.txt .
# The full image has gcc and the libpq headers already.
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt

FROM python:3.14-slim-trixie AS api
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
COPY --from=wheels /wheels /tmp/wheels
RUN pip install --no-cache-dir --no-index --find-links=/tmp/wheels /tmp/wheels/*.whl && rm -rf /tmp/wheels
WORKDIR /srv
COPY app ./app
USER 10001
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]

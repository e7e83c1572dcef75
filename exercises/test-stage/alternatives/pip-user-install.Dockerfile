# syntax=docker/dockerfile:1
# Right, written differently: pip --user into /root/.local, whose lib/ and bin/ production copies into
# /usr/local (Python's own prefix there, readable by any user); test tools go to the system site-packages.
FROM python:3.14-slim AS deps
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir --user -r requirements.txt

FROM deps AS tests
COPY requirements-dev.txt .
RUN pip install --no-cache-dir -r requirements-dev.txt
COPY . .
RUN python -m pytest

FROM python:3.14-slim AS prod
COPY --from=deps /root/.local /usr/local
WORKDIR /app
COPY scheduler/ scheduler/
USER 1001
CMD ["python", "-m", "scheduler"]

# syntax=docker/dockerfile:1
# Right, written differently: the user and its group written into /etc/passwd and /etc/group by hand, which is all USER reads.

FROM python:3.14-slim AS deps
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.14-slim AS app
COPY --from=deps /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
WORKDIR /srv
COPY notes ./notes
RUN echo 'notes:x:10001:10001::/nonexistent:/usr/sbin/nologin' >> /etc/passwd \
 && echo 'notes:x:10001:' >> /etc/group
USER notes
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "notes.wsgi:app"]

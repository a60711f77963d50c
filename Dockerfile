# syntax=docker/dockerfile:1.7
# Multi-stage: build a virtual environment with the dependencies, then copy it into a slim
# runtime image that runs as an unprivileged user.
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
COPY pyproject.toml README.md ./
COPY core core
COPY gateway gateway
COPY api api
COPY worker worker
COPY cli cli
COPY sql sql
RUN pip install .

FROM python:3.11-slim-bookworm AS runtime
RUN groupadd --system relance && useradd --system --gid relance --no-create-home relance
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    RELANCE_SMTP_LISTEN=0.0.0.0:2525 \
    RELANCE_API_LISTEN=0.0.0.0:8000 \
    RELANCE_METRICS_LISTEN=0.0.0.0:9100
USER relance
EXPOSE 2525 2424 8000 9100
# The API answers /health when PostgreSQL does; the gateway and worker images override this
# with a check of their own listener in compose.yaml.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import sys,urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4).status == 200 else 1)"]
ENTRYPOINT ["relance"]
CMD ["api"]

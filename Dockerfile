# Tuan in production: the Telegram bot on PostgreSQL. Configure with TUAN_* environment variables
# (TUAN_DATABASE_URL=postgresql+asyncpg://..., TUAN_TELEGRAM_TOKEN=..., see README "Configuration").
# deploy/compose.yaml runs this image as the migration job, N webhook workers and the console.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# The packages first, exactly as `make install` does (every pin and PyPI hash of requirements.lock), so
# the image runs what the tests ran with and this layer is rebuilt only when the lock changes.
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY commerce ./commerce
COPY storage ./storage
RUN pip install --no-deps . \
    && useradd --create-home --uid 10001 tuan \
    && mkdir -p /app/var && chown tuan /app/var

USER tuan
# Apply migrations, then serve updates; `tuan run telegram --webhook URL` for webhook mode.
CMD ["sh", "-c", "tuan migrate && exec tuan run telegram"]

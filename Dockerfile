# Tuan in production: the Telegram bot on PostgreSQL. Configure with TUAN_* environment variables
# (TUAN_DATABASE_URL=postgresql+asyncpg://..., TUAN_TELEGRAM_TOKEN=..., see README "Configuration").
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY commerce ./commerce
COPY storage ./storage
RUN pip install . \
    && useradd --create-home --uid 10001 tuan \
    && mkdir -p /app/var && chown tuan /app/var

USER tuan
# Apply migrations, then serve updates; `tuan run telegram --webhook URL` for webhook mode.
CMD ["sh", "-c", "tuan migrate && exec tuan run telegram"]

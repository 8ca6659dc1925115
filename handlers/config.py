"""The ChatApp's settings, handed in by the composition root (bot/bootstrap.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

# Signs order references when no TUAN_PAYMENT_SECRET is set (the playground, tests, development).
# It is public, so bot/bootstrap.py warns when a bot runs with it: set your own secret in production.
DEV_PAYMENT_SECRET = "tuan-dev-payment-secret-do-not-use-in-production"


@dataclass(frozen=True)
class AppConfig:
    currency: str = "CNY"
    timezone: str = "Asia/Shanghai"
    default_language: str = "zh"
    bot_username: str = "tuan_bot"
    # Checkout: a payment provider is configured (TUAN_TELEGRAM_PROVIDER_TOKEN), so group buys in a
    # real currency are paid online too; Telegram Stars (XTR) need none.
    online_payment: bool = False
    payment_secret: str = DEV_PAYMENT_SECRET
    # An order unpaid this long after its group buy succeeded is cancelled; its buyer is reminded
    # `remind_before` that.
    pay_within: timedelta = timedelta(hours=24)
    remind_before: timedelta = timedelta(hours=2)
    # The platform whose relay sends replies from the transactional outbox (`send:<platform>` rows,
    # written in each change's transaction); None: replies are only returned, the caller delivers them.
    outbox_platform: str | None = None
    # That platform has no toasts and says a tap's short answer as text (WeChat): toasts are rows too.
    outbox_toasts: bool = False

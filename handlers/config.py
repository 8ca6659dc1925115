"""The ChatApp's settings, handed in by the composition root (bot/bootstrap.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time, timedelta

from commerce.domain.attribution import DEFAULT_WINDOW
from commerce.domain.digest import DEFAULT_AT as DEFAULT_DIGEST_AT
from commerce.domain.digest import DEFAULT_SIZE as DEFAULT_DIGEST_SIZE
from commerce.domain.notes import DEFAULT_PER_DAY as DEFAULT_NOTES_PER_DAY
from commerce.services.group_buys import JoinLimits

# Signs order references when no TUAN_PAYMENT_SECRET is set (the playground, tests, development).
# It is public, so bot/bootstrap.py warns when a bot runs with it: set your own secret in production.
DEV_PAYMENT_SECRET = "tuan-dev-payment-secret-do-not-use-in-production"
DEFAULT_JOIN_LIMITS = JoinLimits(max_per_line=999, max_friends=10)


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
    # The highest unit price a group buy may open at, in whole units of its currency (100_000:
    # ¥100,000, $100,000); a price above it is refused with the maximum shown. TUAN_MAX_UNIT_PRICE.
    max_unit_price: int | None = 100_000
    # The most commands one member may give in a group chat a minute (look-ups apart, twice as many); the
    # first over it is answered "slow down", later ones a note only the sender sees (a 😴 and a toast;
    # handlers/rate_limit.py). 0: no limit. TUAN_COMMANDS_PER_MINUTE.
    commands_per_minute: int = 5
    # Every command of an organiser of a group buy in the chat (or a chat admin), whatever it is, in a
    # group chat a minute, never fewer than `commands_per_minute`; 0: no limit for them.
    # TUAN_ORGANISER_COMMANDS_PER_MINUTE.
    organiser_commands_per_minute: int = 30
    # Joins: the most units one line may hold whatever the terms say, and the most friends one member
    # may sign up in one group buy (TUAN_MAX_UNITS_PER_LINE, TUAN_MAX_FRIENDS).
    join_limits: JoinLimits = DEFAULT_JOIN_LIMITS
    # A flash sale's plain `+N`s that arrive together in one group chat are answered in one pass, one
    # unit of work for them all, each as alone (handlers.rush). TUAN_JOIN_BATCHES.
    join_batches: bool = True
    # Payouts (提现): the smallest, in whole units of its currency (TUAN_PAYOUT_MINIMUM), and who decides
    # them with /payouts: the user ids of TUAN_ADMINS (the bot's admins, not any chat's).
    payout_minimum: int = 10
    payout_admins: frozenset[str] = frozenset()
    # Commission pending becomes available at pickup, or this many days after payment (the scheduler's
    # sweep, bot/commission_release.py): what `提现` tells a member with only pending money.
    # TUAN_COMMISSION_HOLD_DAYS.
    commission_hold_days: float = 7.0
    # Share to earn: an order goes to the last share link or code its buyer opened this long before
    # it was made (commerce.domain.attribution). TUAN_ATTRIBUTION_DAYS.
    attribution_window: timedelta = DEFAULT_WINDOW
    # Notes (种草): the most a member may post in a chat in 24 hours (TUAN_NOTES_PER_DAY; 0: no cap).
    notes_per_day: int = DEFAULT_NOTES_PER_DAY
    # Digest mode: when the day's digest is sent (the chats' timezone) and how many notes it lists
    # (TUAN_DIGEST_AT, TUAN_DIGEST_SIZE; commerce.domain.digest).
    digest_at: time = DEFAULT_DIGEST_AT
    digest_size: int = DEFAULT_DIGEST_SIZE
    # The console's public address (TUAN_CONSOLE_URL): `/console` sends a one-time login link to it.
    console_url: str = "http://127.0.0.1:8081"
    # Whether a console is known to answer there (TUAN_CONSOLE_URL set, or `--console` beside the bot);
    # False (the playground alone): the link comes with how to start one (`tuan console`).
    console_known: bool = True

"""Every setting of Tuan, in one typed class: every environment variable is read here and nowhere else.

Values come from `TUAN_*` environment variables, then a `.env` file in the working directory, then the
defaults below; CLI flags override all of them (`Settings(**overrides)`). Platform adapters add their
own fields here (a token, an endpoint) rather than reading the environment themselves.
"""

from __future__ import annotations

import logging
import re
from datetime import time, timedelta
from typing import Annotated, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from commerce.domain.foryou_weekly import Weekly, parse_weekly
from commerce.domain.money import EXPONENTS

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./var/tuan.db"
_DURATION = re.compile(r"^(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>[smhd]?)$")
_DURATION_UNITS = {"": "seconds", "s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


class Settings(BaseSettings):
    """Tuan's configuration. Invalid values fail at start-up with the variable's name."""

    model_config = SettingsConfigDict(
        env_prefix="TUAN_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    database_url: str = DEFAULT_DATABASE_URL
    timezone: str = "Asia/Shanghai"
    currency: str = "CNY"
    # The highest unit price a group buy may open at, in whole units of its currency (¥100,000 per
    # unit; $100,000 for a group buy in USD): a price above it is refused as a digit too many.
    max_unit_price: int = Field(default=100_000, ge=1, le=10**10)
    # Joins: the most units one 接龙 line may hold whatever the terms say (a flood of `+9999` stops
    # there), and the most friends one member may sign up in one group buy (`+1 帮 小王`).
    max_units_per_line: int = Field(default=999, ge=1, le=9999)
    max_friends: int = Field(default=10, ge=0, le=100)
    # Share to earn: the days before an order in which the last share link (or code) its buyer opened
    # earns the sharer the order (commerce.domain.attribution); 0: only a link opened that very moment.
    attribution_days: int = Field(default=7, ge=0, le=365)
    language: str = "zh"
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    log_level: str = "INFO"
    # Playground user ids that count as admins (may close or cancel anyone's group buy).
    # From the environment as a comma-separated list: TUAN_ADMINS=amy,bob
    admins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    bot_username: str = "tuan_bot"
    # Shifts the clock (tests: make a deadline pass without waiting; see bot/clock.py).
    clock_offset_seconds: float = 0.0
    # WeChat (`tuan run wechat`): the wechaty puppet service (host:port and its token), where
    # python-wechaty keeps its cache, and how much the bot may say (WeChat restricts chatty accounts).
    wechaty_endpoint: str | None = None
    wechaty_token: str | None = None
    wechaty_cache_dir: str = "./var/wechaty"
    wechat_card_interval_seconds: float = Field(default=30.0, ge=0)
    wechat_room_daily_budget: int = Field(default=150, ge=1)
    wechat_account_daily_budget: int = Field(default=400, ge=1)
    wechat_quiet_hours: str = "22:00-07:00"
    wechat_choice_minutes: float = Field(default=5.0, gt=0)
    # Checkout. The provider token of Telegram Payments (from @BotFather) lets group buys in a real
    # currency be paid online; Telegram Stars need none. The secret signs order references in invoices
    # (unset: a public development value, with a warning at start-up). An order unpaid `pay_within`
    # after its group buy succeeded is cancelled: TUAN_PAY_WITHIN=24h (also 90m, 2d, or seconds).
    telegram_provider_token: str | None = None
    payment_secret: str | None = None
    pay_within: timedelta = timedelta(hours=24)
    # How long the ids of processed updates (and the answer first given) are kept so a repeat changes
    # nothing; no platform redelivers after a day or two. The scheduler prunes older ones hourly.
    keep_updates_days: float = Field(default=7.0, gt=0)
    # Group commit (storage.group_commit): units of work that arrive while one runs share its
    # transaction, one COMMIT for up to 64 of them, each still all-or-nothing (TUAN_GROUP_COMMIT=0 turns
    # it off). On by default: it wins on both engines (bench/join_contention.py), and a unit alone pays
    # nothing for it; the whole test suite runs with it.
    group_commit: bool = True
    # A flash sale's plain `+N`s that arrive together in one group chat are answered in one pass: one
    # unit of work, each member's join as alone, her writes written with the others' (handlers.rush;
    # TUAN_JOIN_BATCHES=0 turns it off).
    join_batches: bool = True
    # The most commands one member may give in a group chat a minute (joins included; taps answered by
    # a toast and private chats never count; look-ups apart, twice as many); the first over it gets
    # "slow down", later ones a note only the sender sees (a 😴 and a toast; on WeChat a private line).
    # 0: no limit. Counted in the shared state, so several processes keep one count.
    commands_per_minute: int = Field(default=5, ge=0)
    # The same for every command of an organiser of a group buy in the chat (or a chat admin), whatever
    # it is: running her group buys is answered, a runaway script still held (0: no limit for them).
    organiser_commands_per_minute: int = Field(default=30, ge=0)
    # notes (种草) a member may post in a chat in 24 hours (0: no cap)
    notes_per_day: int = Field(default=5, ge=0)
    # Ask (问) re-ranks friends' notes by meaning when the `ai` extra is installed (bot/rerank.py); false:
    # by their words only, as without it.
    ask_rerank: bool = True
    # Digest mode (a chat's `/digest on`, or any chat with more than 30 members seen): notes are not
    # re-posted one by one; one message lists the day's best TUAN_DIGEST_SIZE notes from this time of
    # day in TUAN_TIMEZONE (TUAN_DIGEST_AT, e.g. 20:00).
    digest_at: time = time(20, 0)
    digest_size: int = Field(default=5, ge=1, le=10)
    # The evening before a pickup time named with `/pickup` (自提 … 明天下午5点), the group is reminded
    # of it (and who still owes) once, from this time of day in TUAN_TIMEZONE; "" or "off": never.
    pickup_reminder: time | None = time(20, 0)
    # Follows (关注): each follower's one private round-up a day of what those they follow posted or
    # opened in the chats they share, from this time of day in TUAN_TIMEZONE; "" or "off": never.
    follow_roundup: time | None = time(20, 0)
    # The weekly For you: each member with For you on gets one private message a week (the week's best
    # notes of their groups and their picks) from this weekday and time in TUAN_TIMEZONE until that
    # day's midnight ("mon 20:00", "周五 18:30"); "" or "off": never.
    for_you_weekly: Weekly | None = Weekly(0, time(20, 0))
    # Share to earn: commission becomes available this many days after payment if the order is not
    # picked up before; a payout (提现) is at least this many whole units of its currency (¥10).
    commission_hold_days: float = Field(default=7.0, ge=0)
    payout_minimum: int = Field(default=10, ge=1, le=10**9)
    # Telegram (`tuan run telegram`): the bot token from @BotFather (123456:ABC...), another Bot API
    # server to talk to (a local one, or the tests' fake), the secret Telegram sends with each webhook
    # update (unset: a random one per start), and how long a member's admin status is cached.
    telegram_token: str | None = None
    telegram_api_url: str | None = None
    telegram_webhook_secret: str | None = None
    telegram_admin_cache_seconds: float = Field(default=300.0, ge=0)
    # Shared state (per-chat locks, caches, WeChat's daily budgets): this process's memory when unset
    # (on PostgreSQL, what Telegram workers learn of a group sits in the database, `shared_values`);
    # a Redis URL (redis://127.0.0.1:6379/0) makes several bot processes share it and keeps budgets
    # over a restart. While Redis cannot be reached, it is asked again after this many seconds (the
    # tests shorten it to see a recovery sooner).
    redis_url: str | None = None
    redis_retry_seconds: float = Field(default=5.0, gt=0, le=3600)
    # `/healthz` (every worker, the console): 503 once the outbox's longest-overdue unsent row has waited
    # more than this many seconds since it became due (a relay that stopped delivering); fewer: reported.
    health_outbox_max_delay_seconds: float = Field(default=300.0, gt=0)
    # The console (`tuan console`, or `tuan run … --console` beside the bot): where it listens, its public
    # address for the login links `/console` sends (unset: http://<console_host>:<console_port>), the
    # secret signing its session cookies (unset: a public development value, with a warning), and the
    # platform whose chats a standalone console's changes are told to (its outbox rows: `send:<platform>`).
    console_host: str = "127.0.0.1"
    console_port: int = Field(default=8081, ge=0, le=65535)
    console_url: str | None = None
    console_secret: str | None = None
    console_platform: str = "playground"
    console_beside: bool = False  # `--console`: serve it inside the bot (or playground) process too

    @property
    def console_public_url(self) -> str:
        """Where members open the console: TUAN_CONSOLE_URL, else where it listens."""
        if self.console_url:
            return self.console_url.rstrip("/")
        host = f"[{self.console_host}]" if ":" in self.console_host else self.console_host
        return f"http://{host}:{self.console_port}"

    @field_validator("admins", mode="before")
    @classmethod
    def _split_admins(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("pickup_reminder", "digest_at", "follow_roundup", mode="before")
    @classmethod
    def _reminder_time(cls, value: object, info: ValidationInfo) -> object:
        if isinstance(value, str):
            if value.strip().lower() in ("", "off", "none", "no") and info.field_name != "digest_at":
                return None
            if re.fullmatch(r"\d:\d\d", value.strip()):  # 8:00 as 08:00
                return "0" + value.strip()
        return value

    @field_validator("for_you_weekly", mode="before")
    @classmethod
    def _weekly(cls, value: object) -> object:
        return parse_weekly(value) if isinstance(value, str) else value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown timezone {value!r} (try Asia/Shanghai or UTC)") from exc
        return value

    @field_validator("currency")
    @classmethod
    def _currency_code(cls, value: str) -> str:
        code = value.strip().upper()
        if code not in EXPONENTS:
            known = ", ".join(c for c in EXPONENTS if c != "XTR")
            raise ValueError(f"currency must be one of {known} or XTR (Telegram Stars), not {value!r}")
        return code

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        if value not in ("zh", "en"):
            raise ValueError(f"language must be zh or en, not {value!r}")
        return value

    @field_validator("wechat_quiet_hours")
    @classmethod
    def _quiet_hours(cls, value: str) -> str:
        from bot.quiet_hours import QuietHours

        QuietHours.parse(value)
        return value

    @field_validator("pay_within", mode="before")
    @classmethod
    def _duration(cls, value: object) -> object:
        if isinstance(value, str):
            match = _DURATION.match(value.strip().lower())
            if match:
                return timedelta(**{_DURATION_UNITS[match.group("unit")]: float(match.group("n"))})
        return value

    @field_validator("pay_within")
    @classmethod
    def _positive_duration(cls, value: timedelta) -> timedelta:
        if value <= timedelta(0):
            raise ValueError("pay_within must be more than 0, e.g. 90m, 24h or 2d")
        return value

    @field_validator("console_platform")
    @classmethod
    def _console_platform(cls, value: str) -> str:
        if value not in ("telegram", "wechat", "playground"):
            raise ValueError(f"console_platform must be telegram, wechat or playground, not {value!r}")
        return value

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in logging.getLevelNamesMapping():
            raise ValueError(f"log level must be DEBUG, INFO, WARNING or ERROR, not {value!r}")
        return level


_BOOLEAN = "true or false (also 1 or 0, yes or no, on or off)"
_DURATION_FORMS = "a duration such as 90m, 24h or 2d (s, m, h or d; a bare number is seconds)"


def _bounds(metadata: list[object]) -> str:
    limits = {type(m).__name__.lower(): getattr(m, type(m).__name__.lower()) for m in metadata}
    if "ge" in limits and "le" in limits:
        return f" from {limits['ge']} to {limits['le']}"
    if "gt" in limits:
        return f" above {limits['gt']}"
    if "ge" in limits:
        return f", {limits['ge']} or more"
    return ""


def accepted_forms(name: str) -> str:
    """What setting `name` accepts, said the way its variable is written ("" when its own check says so)."""
    field = Settings.model_fields.get(name)
    if field is None:
        return ""
    kinds = set(get_args(field.annotation)) or {field.annotation}
    if time in kinds:
        return "a time of day such as 20:00" + (", or 'off'" if type(None) in kinds else "")
    if timedelta in kinds:
        return _DURATION_FORMS
    if bool in kinds:
        return _BOOLEAN
    if int in kinds:
        return "a whole number" + _bounds(field.metadata)
    if float in kinds:
        return "a number" + _bounds(field.metadata)
    return ""


def setting_error(exc: ValidationError) -> str:
    """The first invalid setting in one line: its name, its variable, and what it accepts (not pydantic's
    words for the type it failed to parse)."""
    error = exc.errors()[0]
    field = str(error["loc"][0]) if error["loc"] else ""
    message = str(error["msg"]).removeprefix("Value error, ")
    forms = accepted_forms(field) if error["type"] != "value_error" else ""
    if forms:
        message = f"{forms}; not {error['input']!r}"
    return f"invalid setting {field} (TUAN_{field.upper()}): {message}"

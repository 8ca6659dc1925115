"""The ChatApp's settings, handed in by the composition root (bot/bootstrap.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AppConfig:
    currency: str = "CNY"
    timezone: str = "Asia/Shanghai"
    default_language: str = "zh"
    bot_username: str = "tuan_bot"

"""One aiogram Router per feature; `all_routers()` in the order the Dispatcher tries them.

Payments first (a successful payment is a message without text), then sharing (the Share button), then
the group buy chat itself (text and the card's other buttons, all handled by the ChatApp).
"""

from __future__ import annotations

from aiogram import Router


def all_routers() -> list[Router]:
    from bot.telegram.routers import chat, payments, sharing

    return [payments.router, sharing.router, chat.router]

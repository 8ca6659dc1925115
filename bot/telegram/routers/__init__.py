"""One aiogram Router per feature; `all_routers()` in the order the Dispatcher tries them.

Payments first (a successful payment is a message without text), then sharing (the Share button), then
the group buy chat itself (text and the card's other buttons, all handled by the ChatApp).
"""

from __future__ import annotations

from aiogram import Router


def all_routers() -> list[Router]:
    """New routers each call: a Router joins one Dispatcher only, and a process may make several."""
    from bot.telegram.routers import chat, payments, sharing

    return [payments.make_router(), sharing.make_router(), chat.make_router()]

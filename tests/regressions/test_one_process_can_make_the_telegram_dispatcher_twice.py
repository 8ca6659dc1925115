"""The Telegram routers were module-level objects: a process that made a second dispatcher (the update
types a webhook asks for, then the one it serves with; two tests in one worker) failed with "Router is
already attached". Each dispatcher gets routers of its own, and both handle updates alike."""

from __future__ import annotations

from bot.telegram.run import make_dispatcher, update_types


def test_a_second_dispatcher_is_made_and_asks_for_the_same_updates() -> None:
    asked = update_types()
    first, second = make_dispatcher(), make_dispatcher()

    assert first.resolve_used_update_types() == second.resolve_used_update_types() == asked
    assert {"message", "callback_query", "pre_checkout_query", "message_reaction"} <= set(asked)

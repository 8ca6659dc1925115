"""s35 #4: Amy's `已收 1-1 10` on Bob's ¥30 order that nobody reported paying (she got ¥10 in cash) was
answered that it was not marked, "ask them for the other ¥20", without the command that records the ¥10
she has (`只收到 1-1 ¥10`, which s34 made work on an unreported order). Now the answer names it, in zh and
en, and sending it records the part received."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, mangoes_at_30_closed

SAID = {
    "zh": ("已收 1-1 10", "只收到 1-1 ¥10 记下这部分", "只收到 1-1 ¥10", "已收 ¥10，还差 ¥20"),
    "en": (
        "/paid 1-1 10",
        "Send /paid 1-1 ¥10 only to record it",
        "/paid 1-1 ¥10 only",
        "received ¥10, ¥20 to go",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_short_paid_amount_names_the_part_received_command(lang: str) -> None:
    chat = await mangoes_at_30_closed(lang, "bob")
    typed, named, command, recorded = SAID[lang]

    answer = Chat.said(await chat.say("amy", typed, private=True))
    assert named in answer
    assert "没有任何改动" in answer or "nothing was changed" in answer

    await chat.say("amy", command, private=True)
    orders = Chat.said(await chat.say("bob", "我的订单" if lang == "zh" else "/orders", private=True))
    assert recorded in orders

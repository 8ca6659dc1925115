"""Review 99 #4: buyers who joined through 小美's note paid, and that moved her level to 达人 (`笔记 2` and
the console said so), but the group's card kept `笔记 #2 · 小美 🏷 带货` until someone happened to like
it: the payment's trust recompute (after its commit, bot.bootstrap) refreshed no card. It now queues the
card of each note whose author's level it moved, so the group's card says 达人 at once."""

from __future__ import annotations

import json

from bot.bootstrap import reputation_after_payment
from commerce.domain.events import OrderPaid
from handlers.notes import card_key
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_payment_that_moves_a_note_authors_level_refreshes_her_card() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, outbox_platform="test")
    await chat.say("amy", "接龙 丹东草莓 3斤 价格 72")
    await chat.say("bob", "种草 #1 丹东草莓很甜，孩子抢着吃")
    for member in ("hu", "kim", "fay"):
        await chat.say(member, "赞 1")
    for member in ("cat", "eve", "dan"):
        await chat.tap(member, "nt:join:1")
    await chat.say("amy", "截单")
    head = (await chat.app.render_card(-1)).text.splitlines()[0]
    assert "达人" not in head

    for seq, buyer in enumerate(("cat", "eve", "dan"), start=1):
        await chat.say("amy", f"已收 1-{seq}")
        since = len(factory.state.outbox)
        after = reputation_after_payment(factory, lambda: chat.app)
        await after(OrderPaid(order_id=seq, group_buy_id=1, buyer_id=buyer))  # type: ignore[arg-type]
        sent = [json.loads(row.payload)["reply"] for row in factory.state.outbox[since:]]
        refreshed = [reply for reply in sent if reply.get("card_of")]
        if refreshed:
            break

    assert "达人" in (await chat.app.render_card(-1)).text.splitlines()[0]
    assert [reply["card_of"] for reply in refreshed] == [card_key(1)]
    assert all(reply["chat_id"] == "family" for reply in refreshed)

"""`已提货 1-1` marks an order picked up, but `撤销已提货 1-1` got no answer at all (only `撤销已取` and
`撤销已取货` undid it): the organiser thought it undone (found playing the organiser's day)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_undo_in_the_marks_own_word_undoes_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20 库存 10 截止 明天上午8点")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")
    assert Chat.said(await chat.say("amy", "已提货 1-1")) == "📦 Bob 的订单 #1-1 已提货。"

    undone = Chat.said(await chat.say("amy", "撤销已提货 1-1"))

    assert undone == (
        "已撤销 #1-1（Bob，芒果）的已取货：订单回到已付款、未取货，取货码照旧可以核销。已私信告诉买家。"
    )
    assert "Bob ×1（1-1）" in Chat.private(await chat.say("amy", "谁还没取货"))["amy"]  # to collect again

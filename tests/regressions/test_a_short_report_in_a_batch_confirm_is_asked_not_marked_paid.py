"""s33-paidref #2: confirming several at once (`已收 1-1 1-2`, `/paid 1-1 1-2`, `已收 @Bob @Cat`, `已收 全部`)
marked a SHORT report (the buyer reported less than owed) paid in full, while a single bare confirm of it
asks first. The batch now confirms the full ones and leaves each short one unconfirmed, asking about it as
the single confirm does: its gap, the full amount's command and the part received's button."""

from __future__ import annotations

import pytest

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, mangoes_at_30_closed

ASKED_ZH = (
    "还没有标记：Bob 报的订单 #1-1（芒果）付款是 ¥10，应付 ¥30，还差 ¥20。全部收到了就发 已收 1-1 ¥30；"
    "只收到 ¥10 的话选下面的“只收到 ¥10”（订单仍是未付款，会告诉对方补齐）。"
)
ASKED_EN = (
    "Nothing is marked yet: Bob reported ¥10 of ¥30 for order #1-1 (Mangoes), ¥20 short. Send /paid 1-1 ¥30"
    " if you received all of it, or choose “Only ¥10 received” below (the order stays unpaid and Bob is told"
    " what is left to pay)."
)


def in_chat(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text and not reply.private_to and reply.card_of is None]


def to_amy(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.private_to == "amy"]


async def bob_short_cat_whole(lang: str) -> Chat:
    """Bob reported ¥10 of his ¥30 order #1-1, Cat her whole ¥30 of #1-2."""
    chat = await mangoes_at_30_closed(lang, "bob", "cat")
    await chat.say("bob", "/ipaid 1-1 10" if lang == "en" else "我已付款 1-1 10元")
    await chat.say("cat", "/ipaid 1-2" if lang == "en" else "我已付款 1-2")
    return chat


@pytest.mark.parametrize("typed", ["已收 1-1 1-2", "已收 @Bob @Cat", "已收 全部"])
async def test_the_whole_one_is_marked_and_the_short_one_asked_in_chinese(typed: str) -> None:
    chat = await bob_short_cat_whole("zh")

    replies = await chat.say("amy", typed)

    assert in_chat(replies) == [
        "已标记为已付款：#1-2（Cat）。",
        "Amy，订单 #1-1 还没有标记为已付款：对方报的付款少于应付，详情已私信发给你。",
    ]
    assert ASKED_ZH in to_amy(replies)
    assert "bob" not in Chat.private(replies)
    card = await chat.card(1)
    assert "Cat ×1 ✅" in card
    assert "Bob ×1 ✅" not in card


async def test_the_whole_one_is_marked_and_the_short_one_asked_in_english() -> None:
    chat = await bob_short_cat_whole("en")

    replies = await chat.say("amy", "/paid 1-1 1-2")

    assert in_chat(replies) == [
        "Marked as paid: #1-2 Cat.",
        "Amy, order #1-1 is not marked as paid yet: the payment reported is less than it comes to."
        " I sent you the details privately.",
    ]
    assert ASKED_EN in to_amy(replies)
    assert "bob" not in Chat.private(replies)


async def test_in_private_the_question_comes_with_its_buttons() -> None:
    chat = await bob_short_cat_whole("zh")

    replies = await chat.say("amy", "已收 1-1 1-2", private=True)

    texts = [reply.text for reply in replies if reply.text and reply.card_of is None]
    assert texts[0].startswith("已标记为已付款：#1-2（Cat，¥30）")
    question = next(reply for reply in replies if reply.text == ASKED_ZH)
    assert question.buttons
    assert "Bob ×1 ✅" not in await chat.card(1)

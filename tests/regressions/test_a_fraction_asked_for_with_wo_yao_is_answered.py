"""Session 15 (FA): `+半斤` and `+1.5斤` on a group buy sold per 斤 were refused with what to type, but
the same join said with 我要 / 要 / 来 (`我要半斤`, `我要 2.5斤`, `我要半个`, `来半斤`) got no answer at
all, as if it were chatter. It now gets the same refusal (whole units only, what to send), nothing
changed; on a group buy sold by the 份 the join hint, as `+1.5斤` there. `我要半斤糖` (a word glued on)
stays chatter. Session 15 (fj): the refusal says it is no whole number of 斤 and the nearest whole
amounts to send (`半个`, in another unit, is still no quantity of it)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

ONE = "要 1斤 就发 +1。"
TWO_OR_THREE = "要 2斤 就发 +2，要 3斤 就发 +3。"


@pytest.mark.parametrize(
    ("text", "typed", "send"),
    [
        ("我要半斤", "半斤", ONE),
        ("我要 2.5斤", "2.5斤", TWO_OR_THREE),
        ("要半斤", "半斤", ONE),
        ("来半斤", "半斤", ONE),
        ("我要两斤半 3号楼", "两斤半", TWO_OR_THREE),
    ],
)
async def test_a_fraction_said_with_wo_yao_gets_the_refusal(text: str, typed: str, send: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 成团 20")
    before = await chat.card()

    reply = chat.said(await chat.say("xiaoli", text, name="小李"))

    assert reply == f"荔枝（#1）按斤卖，“{typed}”不是整斤数。{send}没有任何改动。"
    assert await chat.card() == before


async def test_half_of_another_unit_is_no_quantity_of_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 成团 20")

    reply = chat.said(await chat.say("xiaoli", "我要半个", name="小李"))

    assert reply == "荔枝（#1）按斤卖，“半个”不是它的数量。要几斤就发 +几，例如 +1（1斤）。没有任何改动。"


async def test_on_a_group_buy_sold_by_the_portion_it_gets_the_join_hint() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    before = await chat.card()

    hinted = chat.said(await chat.say("bob", "我要半斤"))

    assert hinted == chat.said(await chat.say("bob", "+1.5斤"))
    assert await chat.card() == before


async def test_a_word_glued_on_is_still_chatter() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 成团 20")

    assert [reply for reply in await chat.say("bob", "我要半斤糖") if reply.text] == []

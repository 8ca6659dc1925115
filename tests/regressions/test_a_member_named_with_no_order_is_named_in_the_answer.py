"""Session 21 (B4): `已收 @Dan` naming one member with no order here was answered "这位成员在本群没有订单…"
("That member has no order in this chat…"), though the organiser named her: with several named she
could not tell whom it meant, and a mistyped mention looked like a different member. The answer now
names her, as `member_all_paid` does (`Dan 在本群没有订单，没有任何改动。例如：已收 1-1`), for every command
that finds a member's order (已收, 已取, 撤销已收, 取消订单, 退款), in the group and in private."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed(lang: str = "zh") -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("dan", "hi")  # a member here, never ordered
    english = lang == "en"  # Amy runs it in English words
    await chat.say("amy", "/groupbuy 梨 price 12 target 1" if english else "接龙 梨 价格 12 成团 1")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", "/close" if english else "截单")
    await chat.say(
        "amy", "/paid 1-2" if english else "已收 1-2"
    )  # 1-1 unpaid, 1-2 paid: each command's example one it acts on (F4)
    return chat


@pytest.mark.parametrize("command", ["已收", "已取", "撤销已收", "取消订单", "退款"])
async def test_a_chinese_answer_names_her(command: str) -> None:
    chat = await _closed()

    said = chat.said(await chat.say("amy", f"{command} @Dan", mentions=["dan"]))

    acts_on = "1-1" if command in ("已收", "取消订单") else "1-2"
    assert said == f"Dan 在本群没有订单，没有任何改动。例如：{command} {acts_on}"


async def test_an_english_answer_names_her() -> None:
    chat = await _closed("en")

    said = chat.said(await chat.say("amy", "/paid @Dan", mentions=["dan"]))

    assert said == "Dan has no order in this chat: nothing was changed. Example: /paid 1-1"


async def test_with_no_order_in_the_chat_at_all_and_in_private() -> None:
    chat = fake_chat()
    await chat.say("dan", "hi")
    await chat.say("amy", "接龙 梨 价格 12 成团 1")

    here = chat.said(await chat.say("amy", "已收 @Dan", mentions=["dan"]))
    private = chat.said(await chat.say("amy", "/paid @Dan", mentions=["dan"], private=True))

    assert here == "Dan 在本群没有订单，没有任何改动。"
    assert private.startswith("Dan "), private
    assert "这位成员" not in private and "That member" not in private

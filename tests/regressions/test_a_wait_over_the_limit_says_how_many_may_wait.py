"""`候补 5斤 3` over a limit of 2 answered "每人限购 2 份，你已经有 0 份了": it did not say that the wait
counts against the limit, nor what to type. It now says how many may still be waited for, with the
command to send; and `候补 5斤 3` where the title itself says 5斤 (no options) waits for 3."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_wait_over_the_limit_says_how_many_may_wait() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南芒果 规格 3斤:58:3,5斤:88:2 限购 2")
    await chat.say("bob", "+2 5斤")

    said = await chat.say("dan", "候补 5斤 3")

    assert chat.said(said) == "海南芒果 5斤 每人限购 2 份，最多候补 2 份：请发“候补 5斤 2”。没有任何改动。"


async def test_the_titles_own_weight_waits_for_the_number_typed() -> None:
    chat = fake_chat()
    for user, text in [("amy", "接龙 海南芒果 5斤 价格 88 库存 3"), ("bob", "+3")]:
        await chat.say(user, text)

    assert chat.said(await chat.say("dan", "候补 5斤 3")).startswith("Dan 已候补 海南芒果 5斤（#1）3 份")

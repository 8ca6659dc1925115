"""Review 104 #5: `自提 #1：小区南门 明天下午5点` kept the full-width colon in the place:
`自提：：小区南门` on the card and in every buyer's notice. A colon or comma between the number and
the place, or between the place and its time (`/pickup #1: Gate 3, tomorrow 5pm`), is no part of the place."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_full_width_colon_after_the_number_is_left_out_everywhere() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 5斤 价格 88 截止 明天 12:00")
    await chat.say("bob", "+1")

    said = chat.said(await chat.say("amy", "自提 #1：小区南门 后天下午5点"))

    assert said.startswith("好的，芒果 5斤（#1）的自提：小区南门 · "), said
    card = await chat.card()
    assert (
        "小区南门" in card and "：：" not in card and "：小区南门" not in card.replace("自提：小区南门", "")
    ), card


async def test_a_colon_and_a_comma_in_english_are_left_out() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ann", "/groupbuy Tea price 5 ends tomorrow 12:00")

    said = chat.said(await chat.say("ann", "/pickup #1: Gate 3, the day after tomorrow 5pm"))

    assert said.startswith("Pickup for Tea (#1): Gate 3 · "), said
    assert "Gate 3," not in await chat.card()


async def test_a_colon_alone_after_the_number_still_asks_for_a_place() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 8 截止 明天 12:00")

    said = chat.said(await chat.say("amy", "自提 #1："))

    assert said == "请写上自提地点和时间。例如：自提 #1 小区南门 明天下午5点"

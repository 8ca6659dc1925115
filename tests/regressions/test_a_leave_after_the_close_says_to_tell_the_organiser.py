"""Round 28 (item 17): `退出 #3` after the organiser closed it was answered "已经截单了，没有任何改动" and
nothing more: the buyer did not know that only the organiser can still take her line off. Once the group
buy closed and went ahead, a leave (`退出 #1`, `-1`, `/leave #1`) says so and to tell the organiser, named;
nothing changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese_a_leave_after_the_close_names_the_organiser() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88 截止 3d")
    await chat.say("dan", "+2")
    await chat.say("amy", "截单")

    whole = Chat.said(await chat.say("dan", "退出 #1"))
    fewer = Chat.said(await chat.say("dan", "-1"))

    told = "团购 #1（海南贵妃芒 5斤）已经截单了，没有任何改动。要退出或减少，请告诉团长 Amy。"
    assert whole == told
    assert fewer == told
    assert "Dan ×2" in await chat.card(1)


async def test_in_english_a_leave_after_the_close_names_the_organiser() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 88 ends 3d")
    await chat.say("dan", "+2")
    await chat.say("amy", "/close")

    said = Chat.said(await chat.say("dan", "/leave #1"))

    assert said == (
        "Group buy #1 (Mangoes) has closed: nothing was changed. "
        "To leave or take less, tell the organiser, Amy."
    )


async def test_a_cancelled_one_says_only_that_it_was_cancelled() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 截止 3d")
    await chat.say("dan", "+2")
    await chat.say("amy", "取消")

    said = Chat.said(await chat.say("dan", "退出 #1"))

    assert "团长" not in said, said

"""A buyer's `/cancel` (`取消`) in a group whose group buy she is on had closed answered only "Only the
organiser (Amy) can do that: nothing was changed.", though README promises she is told what she can do
instead. On one still open she is told how to leave (`-1` / `/leave`, `退出`); on one that closed with
her order she is told it can no longer be left and to ask its organiser (zh and en)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_open_one_says_how_to_leave_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 68")
    await chat.say("bob", "+1")

    said = chat.said(await chat.say("bob", "/cancel"))

    assert said == (
        "Only the organiser (Amy) can call the group buy off: nothing was changed. "
        "To leave it yourself, send /leave or -1."
    )


async def test_an_open_one_says_how_to_leave_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 68")
    await chat.say("bob", "+1")

    said = chat.said(await chat.say("bob", "取消"))

    assert said == "只有团长（Amy）可以取消团购，没有任何改动。你自己不要了，请发“退出”或 -1。"


async def test_a_closed_one_with_her_order_says_to_ask_the_organiser_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 68")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")

    said = chat.said(await chat.say("bob", "/cancel"))

    assert said == (
        "Only the organiser (Amy) can call a group buy off: nothing was changed. Mangoes (#1) has closed, "
        "so it can no longer be left: if you no longer want your order, ask Amy."
    )


async def test_a_closed_one_with_her_order_says_to_ask_the_organiser_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 68")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")

    said = chat.said(await chat.say("bob", "取消"))

    assert said == (
        "只有团长（Amy）可以取消团购，没有任何改动。"
        "芒果（#1）已经截单，不能再退出；你的订单不想要了，请联系团长 Amy。"
    )

"""Session 17: `/paid @Wu @Li` in the organiser's private chat, Wu already paid, answered for Wu with the
group's text, `Wu has no unpaid order here` (`在本群没有待付款的订单`), though she was in private where
there is no group. It now names her group buys (`in your group buys`, `在你的团里`), for one name as for
several, and alike for `/pickedup`. (s39: Wu's order paid already is said by its number, with how to undo
it, here and in private alike.)"""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def closed(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "接龙 东北大米 价格 120" if lang == "zh" else "/groupbuy Rice price 120")
    await chat.say("wu", "+1", name="Wu")
    await chat.say("li", "+1", name="Li")
    await chat.say("amy", "截单" if lang == "zh" else "/close")
    return chat


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "zh",
            "已收 @Wu @Li",
            "已标记为已付款：#1-2（Li，¥120）。\n"
            "没有标记 @Wu：Wu 的订单 #1-1 已经标记为已付款，没有任何改动。如果记错了，发 撤销已收 1-1",
        ),
        (
            "en",
            "/paid @Wu @Li",
            "Marked as paid: #1-2 Li (¥120).\n"
            "Not marked, @Wu: Wu's order #1-1 is already marked paid: nothing was changed. If that was a "
            "mistake, send /unpaid 1-1",
        ),
    ],
)
async def test_several_names_in_private(lang: str, text: str, expected: str) -> None:
    chat = await closed(lang)
    await chat.say("amy", "已收 1-1" if lang == "zh" else "/paid 1-1")

    replies = await chat.say("amy", text, private=True)

    assert chat.said(replies) == expected
    assert "本群" not in chat.said(replies) and " here" not in chat.said(replies)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh", "已收 @Wu", "Wu 的订单 #1-1 已经标记为已付款，没有任何改动。如果记错了，发 撤销已收 1-1"),
        (
            "en",
            "/paid @Wu",
            "Wu's order #1-1 is already marked paid: nothing was changed. If that was a mistake, send "
            "/unpaid 1-1",
        ),
        (
            "zh",
            "已取 @Wu",
            "Wu 的订单 #1-1 已经提过货了：已于 11月23日 周一 12:00 由 Amy 核销提货，没有任何改动。",
        ),
        (
            "en",
            "/pickedup @Wu",
            "Wu's order #1-1 is already picked up: Amy handed it over on Mon 23 Nov 12:00. "
            "Nothing was changed.",
        ),
    ],
)
async def test_one_name_in_private(lang: str, text: str, expected: str) -> None:
    chat = await closed(lang)
    await chat.say("amy", "已收 1-1" if lang == "zh" else "/paid 1-1")
    if "已取" in text or "pickedup" in text:
        await chat.say("amy", "已取 1-1" if lang == "zh" else "/pickedup 1-1")

    assert chat.said(await chat.say("amy", text, private=True)) == expected


async def test_the_group_still_says_here() -> None:
    chat = await closed("en")
    await chat.say("amy", "/paid 1-1")

    said = chat.said(await chat.say("amy", "/paid @Wu"))
    assert said == (
        "Wu's order #1-1 is already marked paid: nothing was changed. If that was a mistake, send /unpaid 1-1"
    )

"""s37: Eve owes ¥30 on order #1-2, ¥5 of it received (`/paid 1-2 ¥5 only`); her `paid 2` was read as
order #1-2 reported paid, "you paid ¥25 now", the whole rest. On a part-paid order a bare number after the
paying word that is no more than what is left is the amount she paid, as `/ipaid 1-2 ¥2` reads it; the
words the order messages ask for (`/ipaid 2`, `我已付款 2`) still name the order."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

SAID = {
    "en": (
        "/groupbuy Lychees price 10",
        "/close",
        "/paid 1-2 ¥5 only",
        "paid 2",
        "Thanks, Eve: for order #1-2 Amy has received ¥5, and you paid ¥2 now, ¥7 in all of ¥30, so ¥23 is"
        " still to pay. Amy has been told and will check; the card shows 💸 until then.",
        "(You have received ¥5 of it already; Eve paid ¥2 now; the amount above is both together.)",
    ),
    "zh": (
        "接龙 荔枝 价格 10",
        "截单",
        "只收到 1-2 5",
        "付了 2",
        "收到，Eve：订单 #1-2 团长已收到 ¥5，这次又付了 ¥2，一共 ¥7，应付 ¥30，还差 ¥23。"
        "已告诉 Amy，由 TA 核对；确认前接龙卡片上显示 💸。",
        "（团长已收到 ¥5，Eve 这次补付 ¥2，上面是两次一共的金额。）",
    ),
}


async def _part_paid(lang: str) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening, close, part, *_ = SAID[lang]
    for who, typed in (("amy", opening), ("bob", "+1"), ("eve", "+3"), ("amy", close)):
        await room.say(who, typed)
    await room.say("amy", part, private=True)
    return room


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_paid_2_on_her_part_paid_order_2_is_two(lang: str) -> None:
    room = await _part_paid(lang)
    *_, typed, hers, organisers = SAID[lang]

    replies = await room.say("eve", typed)

    assert room.private(replies)["eve"] == hers
    assert room.private(replies)["amy"].endswith("\n" + organisers)


async def test_ipaid_2_still_names_her_order() -> None:
    room = await _part_paid("en")

    replies = await room.say("eve", "/ipaid 2")

    assert "you paid ¥25 now, ¥30 in all" in room.private(replies)["eve"]

"""rep84 #7: Eve sent `退款 1-1 压坏了`, then `/refund 1-1 crushed` twice: Ann got three identical requests
and Eve was never told hers was with Ann already. The same request again within hours is now not passed
on; she is told it was, nothing changed (another amount is a new request). And Kim's request on her
part-paid order read `（¥30）` to Ann, unexplained: it says the order's amount and the money received."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPENED = {"zh": ("接龙 饼干 10", "截单", "已收 1-1"), "en": ("/groupbuy Cookies 10", "/close", "/paid 1-1")}


async def _room(lang: str) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("ann", "/lang en")
        await room.say("eve", "/lang en", private=True)
        await room.say("kim", "/lang en", private=True)
    opened, closed, paid = OPENED[lang]
    await room.say("ann", opened)
    await room.say("eve", "+3")
    await room.say("kim", "+6")
    await room.say("ann", closed)
    await room.say("ann", paid, private=True)
    await room.say("ann", "只收到 1-2 30", private=True)
    return room


AGAIN = {
    "zh": (
        "退款 1-1 压坏了",
        "退款 1-1 还是压坏的",
        "你已经把订单 #1-1 的退款申请转给团长 Ann 了，这次没有再转，没有任何改动。"
        "由团长决定、直接退给你；有新情况请直接联系 Ann。",
    ),
    "en": (
        "/refund 1-1 crushed",
        "refund 1-1 crushed",
        "Your refund request for order #1-1 was passed to the organiser, Ann, already; it was not sent "
        "again. Nothing was changed. They decide and give the money back to you directly; for anything "
        "new, contact Ann directly.",
    ),
}
PART_PAID = {
    "zh": (
        "我要退款 1-2 不要了",
        "Kim 申请退款：#1-2 饼干 ×6（订单 ¥60，还没付清，已收 ¥30），原因：不要了。",
    ),
    "en": (
        "/refund 1-2 changed my mind",
        "Kim asks for a refund: #1-2 Cookies ×6 (order ¥60, not paid in full, ¥30 received), reason: "
        "changed my mind.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_same_request_again_is_told_it_was_passed_on_already(lang: str) -> None:
    room = await _room(lang)
    first, again, told = AGAIN[lang]
    assert "ann" in room.private(await room.say("eve", first, private=True))
    for typed in (again, again):
        replies = await room.say("eve", typed, private=True)
        assert room.said(replies) == told
        assert room.private(replies) == {}  # Ann is not asked again
    asked_part = await room.say("eve", f"{first.split()[0]} 1-1 10", private=True)
    assert "ann" in room.private(asked_part)  # another amount: a new request


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_paid_orders_request_says_what_its_figure_is(lang: str) -> None:
    room = await _room(lang)
    typed, asked = PART_PAID[lang]
    replies = await room.say("kim", typed, private=True)
    assert room.private(replies)["ann"].startswith(asked)

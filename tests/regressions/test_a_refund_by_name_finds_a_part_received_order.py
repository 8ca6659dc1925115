"""`/refund @Dan` (`退款 @Dan`, in the group or in private) answered "Dan has no paid order to refund
here" while the organiser had recorded `只收到 1-2 50` on his ¥113 order: money received is refundable,
so the name now reaches the order as `退款 1-2` does, and refunds what came by the same amount rules."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {"zh": ("接龙 榴莲 113 成团 1", "截单"), "en": ("/groupbuy Durian ¥113", "/close")}
BY_NAME = {"zh": "退款 @Dan", "en": "/refund @Dan"}
BY_NUMBER = {"zh": "退款 1-2", "en": "/refund 1-2"}
PART = {"zh": "只收到 1-2 50", "en": "/paid 1-2 ¥50 only"}


async def _part_received(lang: str) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opened, closed = OPEN[lang]
    await room.say("amy", opened)
    await room.say("bob", "+1")
    await room.say("dan", "+1")
    await room.say("amy", closed)
    await room.say("amy", PART[lang])
    return room


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("private", [False, True])
async def test_a_refund_by_name_refunds_what_came_as_its_number_does(lang: str, private: bool) -> None:
    by_number = await _part_received(lang)
    numbered = await by_number.say("amy", BY_NUMBER[lang], private=private)
    by_name = await _part_received(lang)
    named = await by_name.say("amy", BY_NAME[lang], private=private, mentions=["dan"])

    assert "#1-2" in by_name.said(named)
    assert by_name.said(named) == by_number.said(numbered)
    assert by_name.private(named) == by_number.private(numbered)
    assert "dan" in by_name.private(named)  # Dan is told his ¥50 comes back
    assert "50" in by_name.private(named)["dan"]
    # given back: a second refund by name finds nothing left to refund
    again = await by_name.say("amy", BY_NAME[lang], private=private, mentions=["dan"])
    after_number = await by_number.say("amy", BY_NAME[lang], private=private, mentions=["dan"])
    assert by_name.said(again) == by_number.said(after_number)

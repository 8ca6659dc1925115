"""rep100 #10 (the rest): `/pickup #1 …` after the close answered "I also told the pickup privately to the
3 buyers who have not paid yet" when one of the three had reported paying (her own notice rightly said
"You reported paying…"). The organiser's answer says them apart: how many reported paying and wait for
her check, how many have not paid; all reported, it says so; none reported, as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

EN = ("/groupbuy Jam price 13", "/close", "/ipaid {order}", "/pickup #1 Gate 3 tomorrow 6pm")
ZH = ("接龙 果酱 价格 13", "截单", "我已付款 {order}", "自提 #1 南门 明天下午6点")


async def _closed(lang: str, *reporting: tuple[str, str]) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening, close, report, _ = EN if lang == "en" else ZH
    for who, typed in (("amy", opening), ("bob", "+1"), ("cat", "+1"), ("dan", "+1"), ("amy", close)):
        await room.say(who, typed)
    for who, order in reporting:
        await room.say(who, report.format(order=order))
    return room


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "I also told the pickup privately to the 3 buyers not confirmed paid: 1 reported paying, "
            "waiting for your check, and 2 not paid yet.",
        ),
        ("zh", "也已把自提私信告诉 3 位还没确认付款的买家：1 位报了已付款、等你确认，2 位还没付款。"),
    ],
)
async def test_one_reported_of_three_is_said_apart(lang: str, said: str) -> None:
    room = await _closed(lang, ("bob", "1-1"))

    replies = await room.say("amy", (EN if lang == "en" else ZH)[3])

    assert room.said(replies).splitlines()[-1] == said
    assert set(room.private(replies)) == {"bob", "cat", "dan"}


async def test_every_one_reported_is_said_so() -> None:
    room = await _closed("en", ("bob", "1-1"), ("cat", "1-2"), ("dan", "1-3"))

    replies = await room.say("amy", EN[3])

    assert room.said(replies).splitlines()[-1] == (
        "I also told the pickup privately to the 3 buyers who reported paying, waiting for your check: "
        "each pickup code comes once you confirm it."
    )


async def test_none_reported_reads_as_before() -> None:
    room = await _closed("en")

    replies = await room.say("amy", EN[3])

    assert room.said(replies).splitlines()[-1] == (
        "I also told the pickup privately to the 3 buyers who have not paid yet, and that their orders are "
        "still to be paid."
    )

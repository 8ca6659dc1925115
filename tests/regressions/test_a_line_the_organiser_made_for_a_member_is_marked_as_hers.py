"""rep100 #3 (rest): `/add #2 @Fay 1` made a line Fay never joined, and the card and `/list` showed a plain
`Fay ×1`, the export's "Added by" column empty on her row (it said `Jenny` for a guest): neither Fay nor the
group could tell the organiser put her down. A line the organiser made for a member is marked as a guest's
is, "(added by Jenny)" / "（Jenny 代报）", on the card, the public list, her own list and the export; a line
the member made herself, even one the organiser adds to later, is not, and the mark goes once the member
joins the line herself (it is hers then)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_line_made_for_a_member_is_marked_everywhere() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Cookies price 10 target 9 ends today 20:00")
    await chat.say("fay", "hello all")
    await chat.say("bob", "+1")
    await chat.say("amy", "/add #1 @Fay 1")
    await chat.say("amy", "/add #1 @Bob 1")  # Bob's own line: added to, never marked

    card = await chat.card(1)
    assert "1. Bob ×2\n" in card + "\n", card
    assert "2. Fay ×1 (added by Amy)" in card, card
    public = Chat.said(await chat.say("cat", "/list #1"))
    assert "2. Fay ×1 (added by Amy)" in public and "1. Bob ×2\n" in public, public
    own = Chat.said(await chat.say("amy", "/list #1", private=True))
    assert "2. Fay ×1 (added by Amy)" in own and "1. Bob ×2 " in own, own

    exported = await chat.say("amy", "/export")
    [sheet] = next(reply.document for reply in exported if reply.document is not None).sheets
    assert sheet.columns[2].title == "Added by"
    assert [row[:4] for row in sheet.rows] == [(1, "Bob", "", 2), (2, "Fay", "Amy", 1)]


async def test_the_chinese_card_marks_it_until_she_joins_it_herself() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 曲奇 价格 10 目标 9")
    await chat.say("xiaoli", "大家好")
    await chat.say("amy", "代报 @xiaoli 1")
    await chat.say("amy", "代报 @xiaoli 1")

    card = await chat.card(1)
    assert "1. Xiaoli ×2（Amy 代报）" in card, card

    await chat.say("xiaoli", "+1")

    card = await chat.card(1)
    assert "1. Xiaoli ×3\n" in card + "\n" and "代报" not in card, card


async def test_a_line_she_made_herself_is_never_marked() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Cookies price 10 target 9 ends today 20:00")
    await chat.say("fay", "+1")

    await chat.say("amy", "/add #1 @Fay 2")

    card = await chat.card(1)
    assert "1. Fay ×3" in card and "added by" not in card, card

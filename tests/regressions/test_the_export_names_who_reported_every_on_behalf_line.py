"""The export's 代报 column was empty on the organiser's own guest's row (`3,王阿姨,,2,...`) while Bob's
friend's row held 小王: the column did not say who reported a line. It now names who reported every line
added for someone else: Amy for her guest 王阿姨 (as the card's "王阿姨 ×2（Amy 代报）"), Bob for his friend
小王, whose row is 小王's; the organiser's private 名单 names Amy on the guest's line too."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_export_names_who_reported_the_guests_and_the_friends_lines() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 10")
    await chat.say("bob", "+1")
    await chat.say("bob", "+1 帮 小王")
    await chat.say("amy", "代报 王阿姨 2")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单")

    exported = await chat.say("amy", "导出")
    own = chat.said(await chat.say("amy", "名单 #1", private=True))

    documents = {reply.document.kind: reply.document for reply in exported if reply.document is not None}
    assert documents["csv"].sheets == documents["xlsx"].sheets  # the CSV is the XLSX's sheet
    [sheet] = documents["csv"].sheets
    assert sheet.columns[1].title == "昵称" and sheet.columns[2].title == "代报"
    assert [row[:4] for row in sheet.rows] == [
        (1, "Bob", "", 1),
        (2, "小王", "Bob", 1),
        (3, "王阿姨", "Amy", 2),
        (4, "Cat", "", 1),
    ]
    assert "\n3. 王阿姨 ×2（Amy 代报） · ¥20 · 订单 #1-2 共 ¥20 · ⏳未付\n" in own


async def test_the_english_export_heads_the_column_added_by() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 10")
    await chat.say("amy", "/add Aunt Wang 2")

    exported = await chat.say("amy", "/export")

    [sheet] = next(reply.document for reply in exported if reply.document is not None).sheets
    assert sheet.columns[2].title == "Added by"
    assert sheet.rows[0][:4] == (1, "Aunt Wang", "Amy", 2)

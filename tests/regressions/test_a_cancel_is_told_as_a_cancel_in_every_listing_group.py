"""Cancelling a help-sold group buy told a listing group with no lines of its own that it had *closed*
(`已截单，本群没有人跟团`), while the organiser's group and groups with lines heard it was cancelled. Every
listing group now hears it was cancelled, in its own language."""

from __future__ import annotations

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def test_a_listing_group_with_no_lines_hears_of_the_cancel() -> None:
    family, office = await help_sold("接龙 荔枝 价格 10 成团 9 截止 2小时")
    club = Chat(family.app, chat_id="club")
    await club.say("cat", "/lang en")
    await club.say("cat", "/helpsell #1")
    await office.say("dan", "+1")
    told = await family.say("amy", "取消 #1 确认")
    in_chat = {reply.chat_id: reply.text for reply in told if reply.text and not reply.private_to}
    assert in_chat == {
        "family": "🚫 荔枝（#1）已取消，不收任何款项。",
        "office": "🚫 荔枝（#1）已取消，不收任何款项。",
        "club": "🚫 荔枝 (#1) was cancelled. Nobody is charged.",
    }


async def test_a_listing_group_with_no_lines_still_hears_of_a_close() -> None:
    family, _ = await help_sold("接龙 荔枝 价格 10 截止 2小时")
    await family.say("cat", "+1")
    told = await family.say("amy", "截单")
    in_office = [reply.text for reply in told if reply.chat_id == "office" and reply.text]
    assert in_office == ["荔枝（#1）已截单，本群没有人跟团。"]

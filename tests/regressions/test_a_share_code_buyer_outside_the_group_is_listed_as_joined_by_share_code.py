"""rep28 finding 8: Kim joined #1 in her private chat with a share code; the organiser's private `名单 #1`
and the export put her under the group (群 fam), which she is not in. Her line now says she joined in
private by a share code (`· 私聊/分享码`), and the export's group column says so on her row while the
others read the group's name."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat


async def _kim_joined_by_code(room: Chat, open_with: str, share: str) -> None:
    await room.say("amy", open_with)
    found = re.search(r"团?1-\w{4}", room.shared(await room.say("bob", share)))
    assert found is not None
    await room.say("kim", f"+1 {found.group(0)}", private=True)
    await room.say("dan", "+2")


async def test_a_share_code_buyer_outside_the_group_is_listed_as_joined_by_share_code() -> None:
    room = fake_chat()
    await _kim_joined_by_code(room, "接龙 芒果 价格 78 截止 2小时", "分享")

    listed = room.said(await room.say("amy", "名单 #1", private=True))

    kim = next(line for line in listed.splitlines() if "Kim" in line)
    dan = next(line for line in listed.splitlines() if "Dan" in line)
    assert "· 私聊/分享码" in kim, listed
    assert "私聊" not in dan, listed
    exported = await room.say("amy", "导出 #1", private=True)
    [sheet] = next(reply.document for reply in exported if reply.document is not None).sheets
    assert sheet.columns[-1].title == "群"
    by_name = {row[1]: row[-1] for row in sheet.rows}
    assert by_name["Kim"] == "私聊/分享码"
    assert by_name["Dan"] != "私聊/分享码"


async def test_an_english_share_code_buyer_is_listed_as_joined_by_share_code() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await _kim_joined_by_code(room, "/groupbuy Mangoes price 30", "/share")

    listed = room.said(await room.say("amy", "/list #1", private=True))

    kim = next(line for line in listed.splitlines() if "Kim" in line)
    assert "· private chat / share code" in kim, listed
    exported = await room.say("amy", "/export #1", private=True)
    [sheet] = next(reply.document for reply in exported if reply.document is not None).sheets
    assert {row[1]: row[-1] for row in sheet.rows}["Kim"] == "Private chat / share code"

"""Session 26, task T3: Rita, not in the group, opened a share code in private and joined third; her copy
of the card showed "1. Rita ×3", a place she does not have (the group's card says "3. Rita ×3"). An
outsider's copy numbers each of her lines with its real place on the group's list, the others still
only counted, never named; the totals stay as they were."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat


async def opened_code(room: Chat, sharer: str, pattern: str) -> int:
    found = re.search(pattern, room.shared(await room.say(sharer, "分享" if "团" in pattern else "/share")))
    assert found is not None
    [opened] = await room.say("rita", found.group(0), private=True)
    assert opened.card_of is not None
    return opened.card_of


async def test_an_outsiders_lines_keep_their_places_zh() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 12 成团 2")
    await room.say("bob", "+2")
    await room.say("cat", "+1 3号楼")
    copy_of = await opened_code(room, "bob", r"团\d+-\w{4}")
    await room.say("rita", "+3", private=True)
    await room.say("dan", "+1")
    await room.say("rita", "+1 帮 妈妈", private=True)

    copy = (await room.app.render_card(copy_of)).text

    assert "3. Rita ×3" in copy and "5. Rita 帮 妈妈 ×1" in copy, copy
    assert "1. Rita" not in copy and "2. Rita" not in copy, copy
    for name in ("Bob", "Cat", "Dan"):
        assert name not in copy, copy
    assert "另有 3 条跟团（名单只在群里显示）" in copy and "8/2" in copy, copy
    group = await room.card()
    assert "3. Rita ×3" in group and "5. Rita 帮 妈妈 ×1" in group, group


async def test_an_outsiders_lines_keep_their_places_en_past_the_cards_first_lines() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 12 target 2")
    for n in range(60):  # more lines than the card shows: her place is read from the whole list
        await room.say(f"m{n:02}", "+1")
    copy_of = await opened_code(room, "m00", r"\b\d+-\w{4}\b")
    await room.say("rita", "+2", private=True)
    await room.say("ned", "+1")

    copy = (await room.app.render_card(copy_of)).text

    assert "61. Rita ×2" in copy, copy
    assert "1. Rita" not in copy.replace("61. Rita", ""), copy
    assert "Ned" not in copy and "M00" not in copy, copy
    assert "… and 61 more on the list (names are shown in the group only)" in copy, copy
    assert "63/2" in copy, copy

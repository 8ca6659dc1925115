"""Round 31 (finding 3): Rita, not in the group, opened a friend's share code in her private chat; her copy
of the card kept being edited with every buyer's name, quantity and paid/refunded marks ("2. Tom 2 jin ✅ /
3. Ned 2 jin ✖"). An outsider's copy shows the product, price and totals, and her own line only: the
others are counted, never named. A member of the group opening a code still sees the group's list."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import fake_chat


async def test_an_outsiders_share_code_card_shows_only_her_own_line_zh() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 12 成团 2")
    await room.say("bob", "+2")
    await room.say("cat", "+1 3号楼")
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say("bob", "分享")))
    assert found is not None

    [opened] = await room.say("rita", found.group(0), private=True)
    assert "Bob" not in opened.text and "Cat" not in opened.text
    assert "3/2" in opened.text and "已有 2 条跟团（名单只在群里显示）" in opened.text
    await room.say("rita", "+3", private=True)
    await room.say("dan", "+1")
    await room.say("amy", "截单")
    await room.say("amy", "已收 @Bob")
    await room.say("amy", "已收 @Rita")
    assert opened.card_of is not None
    copy = (await room.app.render_card(opened.card_of)).text
    assert "3. Rita ×3 ✅" in copy, copy  # her place on the list
    for name in ("Bob", "Cat", "Dan"):
        assert name not in copy, copy
    assert "另有 3 条跟团（名单只在群里显示）" in copy and "已付 2/4" in copy, copy
    assert "1. Bob ×2 ✅" in await room.card()  # the group's own card is as it was

    [member] = await room.say("dan", found.group(0), private=True)  # a member sees the group's list
    assert "Bob ×2" in member.text and "另有" not in member.text


async def test_an_outsiders_share_code_card_shows_only_her_own_line_en() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 12 target 2")
    await room.say("tom", "+2")
    await room.say("ned", "+1")
    found = re.search(r"\b\d+-\w{4}\b", room.shared(await room.say("tom", "/share")))
    assert found is not None

    [opened] = await room.say("rita", found.group(0), private=True)
    await room.say("rita", "+3", private=True)
    assert opened.card_of is not None
    copy = (await room.app.render_card(opened.card_of)).text
    assert "3. Rita ×3" in copy, copy
    assert "Tom" not in copy and "Ned" not in copy, copy
    assert "… and 2 more on the list (names are shown in the group only)" in copy, copy

"""Review 76 (finding 1): Xiao, a friend of a friend who joined #1 in private with the code of Mei (whose note
is linked to #1, 分享赚 on), reported paying in private; her private copy of the card seemed to switch to
every buyer's name and payment and refund marks. Replayed, the switch came from the review's own script
typing her `+1 团1-WZWA` in the group (the group then saw her: a member's copy shows the group's list, as
README says). Kept here: someone the group never saw keeps her own line only through the linked note,
the close, her payment report, the organiser's 已收 and a refund of another buyer, in zh and in en."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import fake_chat


async def test_her_copy_keeps_the_others_hidden_through_paying_and_refunds_zh() -> None:
    room = fake_chat()
    await room.say("mei", "种草 云南鲜花饼很好吃，推荐大家买")
    await room.say("ann", "接龙 云南鲜花饼 10个装 价格 20 成团 2")
    await room.say("ann", "笔记 1 #1")
    await room.say("ann", "佣金 10%")
    await room.say("mei", "+1")
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say("mei", "分享")))
    assert found is not None
    [opened] = await room.say("xiao", found.group(0), private=True)
    await room.say("xiao", f"+1 {found.group(0)}", private=True)
    await room.say("jun", "+2")
    await room.say("ann", "截单")
    await room.say("xiao", "我已付款", private=True)
    await room.say("ann", "已收 @Mei")
    await room.say("ann", "退款 1-3")

    assert opened.card_of is not None
    copy = (await room.app.render_card(opened.card_of)).text
    assert "2. Xiao ×1 💸" in copy, copy
    assert "Mei" not in copy and "Jun" not in copy and "↩" not in copy, copy
    assert "…… 另有 2 条跟团（名单只在群里显示）" in copy, copy
    assert "1. Mei ×1 ✅" in await room.card()  # the group's own card is the group's


async def test_her_copy_keeps_the_others_hidden_through_paying_en() -> None:
    room = fake_chat()
    await room.say("ann", "/lang en")
    await room.say("mei", "/note Try the flower cakes, really good")
    await room.say("ann", "/groupbuy Flower cakes price 20 target 2")
    await room.say("ann", "/note 1 #1")
    await room.say("ann", "/commission 10%")
    await room.say("mei", "+1")
    found = re.search(r"\b\d+-\w{4}\b", room.shared(await room.say("mei", "/share")))
    assert found is not None
    [opened] = await room.say("xiao", found.group(0), private=True)
    await room.say("xiao", f"+1 {found.group(0)}", private=True)
    await room.say("jun", "+2")
    await room.say("ann", "/close")
    await room.say("xiao", "/ipaid", private=True)

    assert opened.card_of is not None
    copy = (await room.app.render_card(opened.card_of)).text
    assert "2. Xiao ×1 💸" in copy, copy
    assert "Mei" not in copy and "Jun" not in copy, copy
    assert "… and 2 more on the list (names are shown in the group only)" in copy, copy

"""With Bob's 苹果 and two of Amy's open in the chat, Amy's bare `截单` (`自提`, `修改`…) asked which one and
listed all three, Bob's too, which she may not close. An organiser's which-one now lists only her own
group buys (said as hers: "你在这个群里有 2 个团"); a buyer's `+1` still lists every one open."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_organisers_which_one_lists_only_her_group_buys() -> None:
    chat = fake_chat()
    await chat.say("bob", "接龙 苹果 价格 5")
    await chat.say("amy", "接龙 荔枝 价格 10")
    await chat.say("amy", "接龙 芒果 价格 30")

    close = chat.said(await chat.say("amy", "截单"))
    assert close.startswith("你在这个群里有 2 个团在接龙：#2 荔枝 · #3 芒果。") and "苹果" not in close
    pickup = chat.said(await chat.say("amy", "自提 小区南门"))
    assert "#2 荔枝 · #3 芒果" in pickup and "苹果" not in pickup
    english = chat.said(await chat.say("amy", "/close", language="en"))
    assert english.startswith("You have 2 group buys open here: #2 荔枝 · #3 芒果.") and "苹果" not in english

    join = chat.said(await chat.say("carol", "+1"))
    assert join.startswith("这个群里有 3 个团在接龙：#1 苹果 · #2 荔枝 · #3 芒果。")

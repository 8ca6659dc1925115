"""Review 33: `+1 #1` after #1 closed while its copy #6 was open said only "has closed" (not that round 2
is #6); `/reopen #6` of a buy closed early opened a new round ending later and dropped its pickup time,
saying neither; `/copy #1` silently kept round 1's pickup. Now the join names the next round to join,
`/reopen` ends the new round when the closed one was due (its pickup kept) and says what it did, and a
copy says the pickup it kept."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_join_of_a_closed_round_names_the_next_one_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Durian price 68 ends 2d pickup Blk 123 in 3 days 15:00")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    copied = chat.said(await chat.say("amy", "/copy #1"))
    assert copied.endswith(
        "Pickup as last time: Blk 123 · Thu 26 Nov 15:00; to change it send /edit #2 pickup place time."
    )
    assert chat.said(await chat.say("cat", "+2 #1")) == (
        "Group buy #1 (Durian) has closed: nothing was changed. The next round is #2: send +2 #2 to join it."
    )


async def test_a_reopen_of_a_buy_closed_early_keeps_its_deadline_and_pickup() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Durian price 68 ends 2d pickup Blk 123 in 3 days 15:00")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    reopened = chat.said(await chat.say("amy", "/reopen #1"))
    assert "it closes Wed 25 Nov 12:00." in reopened
    assert (
        "#1 stays closed with its orders as they are; #2 is a new round, closing when #1 was due to: "
        "Wed 25 Nov 12:00. Pickup as last time: Blk 123 · Thu 26 Nov 15:00"
    ) in reopened
    assert "Thu 26 Nov 15:00" in await chat.card(2)


async def test_a_join_of_a_cancelled_round_names_the_next_one_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 8 截止 2小时 自提 北门")
    await chat.say("amy", "取消 #1")
    copied = chat.said(await chat.say("amy", "再开一团 #1"))
    assert copied.endswith("自提沿用上一团：北门，要改发 修改 #2 自提 地点 时间。")
    assert chat.said(await chat.say("dan", "+1 #1")) == (
        "团购 #1（芒果）已取消，没有任何改动。新一轮是 #2，要跟就发 +1 #2"
    )
    await chat.say("amy", "接龙 苹果 价格 8 截止 2小时")  # another product: no round of #1
    await chat.say("bob", "+1 #2")
    await chat.say("amy", "截单 #2")
    assert chat.said(await chat.say("dan", "+1 #2")) == (
        "团购 #2（芒果）已经截单了，没有任何改动。想要的话请 @团长 Amy 再开一团。"
    )

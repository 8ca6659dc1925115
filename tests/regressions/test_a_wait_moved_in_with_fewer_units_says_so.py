"""A wait that could no longer ever fit (the limit lowered by `修改`, or the member took more himself)
moved in with what fits, and the group read `Dan 绿茶 ×1`, but Dan was never told that he got fewer
than he waited for. The move-in notice now tells him both numbers and what cut it, in the chat's
language."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_wait_cut_by_the_lowered_limit_tells_its_member_both_numbers() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 茶 规格 绿茶:30:4,红茶:40 限购 5 截止 3d")
    for user in ("cat", "dan", "eve"):
        await chat.say(user, "+1 绿茶")
    await chat.say("cat", "+1 绿茶")
    await chat.say("dan", "候补 绿茶 3")
    await chat.say("amy", "修改 限购 2")  # Dan may now hold 2: his wait can only ever bring 1 more

    left = await chat.say("eve", "-1 绿茶")

    assert [r.text for r in left if r.text][1:] == [
        "🎉 候补补上了 茶（#1）：Dan 绿茶 ×1。\nDan：你候补的 3 份只补上了 1 份（每人限购 2 份）。"
    ]


async def test_a_wait_cut_by_the_whole_stock_tells_its_member_both_numbers_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea options green:30:4,black:40 target 1 ends 3d")
    for user in ("cat", "dan", "eve"):
        await chat.say(user, "+1 green")
    await chat.say("cat", "+1 green")
    await chat.say("dan", "/wait green 3")  # 1 held + 3: the whole stock of 4
    await chat.say("eve", "-1 green")  # 1 free: Dan's 3 do not fit
    await chat.say("dan", "+1 green")  # he takes it himself: now 2 more at most can ever fit

    left = await chat.say("cat", "-2 green")

    assert "🎉 In from the waiting list of Tea (#1): Dan green ×2.\n" + (
        "Dan: 2 of the 3 you waited for moved in (Tea green has only 4 in all)."
    ) in [r.text for r in left]


async def test_a_wait_moved_in_whole_says_nothing_more() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 库存 2 截止 3d")
    await chat.say("bob", "+2")
    await chat.say("dan", "候补 1")

    left = await chat.say("bob", "-1")

    assert "🎉 候补补上了 芒果（#1）：Dan ×1。" in [r.text for r in left]

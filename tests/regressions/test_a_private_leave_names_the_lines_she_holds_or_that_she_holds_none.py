"""Review 102 #8: a bare `-1` in her private chat, from Hua holding 豆沙 ×1 in 「fam」's 月饼 (#1), got only
how to leave (`私聊里没有团购可退出：请在团购所在的群里发 -1…`), not where her line is; Ivy, holding nothing
anywhere, got the same. Now the answer names each line she holds, its group and the leave to send there,
and one holding nothing is told so, nothing changed either way."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_her_line_is_named_with_its_group_and_the_leave_that_works_there() -> None:
    room = fake_chat()
    room.title = "fam"
    await room.say("amy", "接龙 月饼 规格 豆沙:10,咸蛋黄:12 截止 3d")
    await room.say("hua", "+1 豆沙")
    card = await room.card(1)

    said = room.said(await room.say("hua", "-1", private=True))

    assert said == (
        "私聊里没有团购可退出（没有打开过团购卡片）。你跟的团：\n"
        "「fam」的 #1 月饼 豆沙 ×1：在群里发 -1 #1 豆沙\n"
        "也可以先在这里发它的分享码（会显示卡片），再发 -1。没有任何改动。"
    )
    assert await room.card(1) == card
    left = room.said(await room.say("hua", "-1 #1 豆沙"))  # as advised, in the group
    assert left.startswith("Hua 退出了 月饼 豆沙（#1）"), left


async def test_a_friends_line_in_english_and_one_holding_nothing() -> None:
    room = fake_chat(default_language="en")
    room.title = "nb"
    await room.say("ann", "/groupbuy Cookies price 10 ends 3d")
    await room.say("kim", "+2 for mum")
    await room.say("ivy", "hello")  # seen here, holding nothing

    kims = room.said(await room.say("kim", "-1", private=True))
    ivys = room.said(await room.say("ivy", "-1", private=True))

    assert "#1 Cookies for mum ×2 in “nb”: send -1 #1 for mum in that group" in kims, kims
    assert ivys == "You are on no open group buy, so there is nothing to leave. Nothing was changed."

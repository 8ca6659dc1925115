"""`/kick @Troll` took only his own line, then asked which of his six friend lines, one command each. Now
the organiser is told the lines he still holds and `/kick @Troll all` (`踢出 @Troll 全部`) takes every
one off in one command, the answer listing them."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_kick_all_takes_every_line_of_the_member_off_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 88 target 2 stock 20 ends today 20:00")
    for typed in ("+1", "+2 for A", "+3 for B"):
        await chat.say("troll", typed)
    own = Chat.said(await chat.say("amy", "/kick @Troll"))
    which = Chat.said(await chat.say("amy", "/kick @Troll"))
    every = await chat.say("amy", "/kick @Troll all")
    listed = Chat.said(await chat.say("amy", "/list"))

    assert own.startswith("Amy removed Troll (×1) from Mangoes (#1). Now ¥88 each.") and own.endswith(
        "Troll still has lines on the list: Troll for A ×2, Troll for B ×3. To take them all off at once,"
        " send /remove @Troll all."
    )
    assert which == (
        "Troll signed up A / B: say which line, e.g. /remove @Troll for A, or take them all off at once:"
        " /remove @Troll all. Nothing was changed."
    )
    assert Chat.said(every).startswith(
        "Amy removed all of Troll's lines from Mangoes (#1): Troll for A ×2, Troll for B ×3, 5 in all."
    )
    assert "removed all your lines (Troll for A ×2, Troll for B ×3) from Mangoes (#1)" in str(every)
    assert "Troll" not in listed


async def test_kick_all_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 成团 2 库存 20 截止 今晚8点")
    for typed in ("+1", "+2 帮 小王"):
        await chat.say("troll", typed)
    every = Chat.said(await chat.say("amy", "踢出 @Troll 全部"))
    again = Chat.said(await chat.say("amy", "踢出 @Troll 全部"))

    assert every.startswith(
        "Amy 把 Troll 报的全部名额移出了 芒果（#1）：Troll ×1、Troll 帮 小王 ×2，共 3 份。当前 ¥88/份。"
    )
    assert again == "Troll 不在 芒果（#1）的名单里，没有任何改动。"

"""`名单 #1` in the organiser's group, of a group buy sold only in the groups help-selling it (帮卖),
answered "📋 橙子（#1）还没有人跟团。": it read as if nobody had joined anywhere, and left out the
`🤝 帮卖：…` line. It now says nobody in this group joined; what each help-selling group took is told
to the organiser alone, privately (a group's list shows only its own figures); a help-selling group
with no lines says so too."""

from __future__ import annotations

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def _sold_elsewhere() -> tuple[Chat, Chat, Chat]:
    family, neighbours = await help_sold(
        "接龙 橙子 价格 10 成团 1 库存 5", chat_id="neighbours", title="neighbours", seller="dan"
    )
    club = Chat(family.app, chat_id="club", title="club")
    await club.say("eve", "帮卖 #1")
    await neighbours.say("dan", "+3")
    await club.say("eve", "+2")
    await family.say("amy", "截单")
    return family, neighbours, club


async def test_the_organisers_group_reads_nobody_here_and_the_help_selling_line() -> None:
    family, _, _ = await _sold_elsewhere()

    for member in ("amy", "bob"):
        answer = await family.say(member, "名单 #1")

        assert family.said(answer) == "📋 橙子（#1）本群没有人跟团。"
        told = family.private(answer)
        if member == "amy":
            assert told["amy"].startswith("📊 橙子（#1）🤝 帮卖：Dan（neighbours）×3、Eve（club）×2\n")
        else:
            assert told == {}


async def test_a_help_selling_group_with_no_lines_reads_nobody_here() -> None:
    family, _, _ = await _sold_elsewhere()
    street = Chat(family.app, chat_id="street", title="street")
    await family.say("amy", "接龙 苹果 价格 5")
    await family.say("amy", "帮卖 开 10%")
    await street.say("fay", "帮卖 #2")
    await family.say("cat", "+1")

    assert street.said(await street.say("fay", "名单 #2")) == "📋 苹果（#2）本群没有人跟团。"

"""rep38 finding 3: in a help-selling group (帮卖) Ivy's `+1` on the group buy listed there was answered
"…海南贵妃芒（#9）刚截单；这次跟的是 东北大米（#10）" — #9 had closed in the organiser's own group, never
listed here. The "just closed" line speaks of a close in the chat the join was typed in, only."""

from __future__ import annotations

from tests.helpsell_chats import two_groups


async def test_a_help_selling_groups_join_says_nothing_of_the_home_groups_close() -> None:
    family, office = two_groups()
    await family.say("amy", "接龙 海南贵妃芒 价格 78 截止 3d", name="Amy")
    await family.say("amy", "接龙 东北大米 价格 50 截止 3d", name="Amy")
    await family.say("amy", "帮卖 开 10% #2", name="Amy")
    await office.say("gia", "帮卖 #2", name="Gia")
    await family.say("bob", "+1 #1", name="Bob")
    await family.say("amy", "截单 #1", name="Amy")

    said = office.said(await office.say("ivy", "+1", name="Ivy"))

    assert said.startswith("Ivy 跟团：1 × 东北大米（#2）"), said
    assert "刚截单" not in said
    # in the home group it is still said (rep46 #7: asked, nothing joined)
    said = family.said(await family.say("cat", "+1", name="Cat"))
    assert said == "海南贵妃芒（#1）刚截单，没有任何改动。现在在接龙的是 东北大米（#2），要跟就发 +1 #2。", (
        said
    )

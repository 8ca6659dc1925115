"""fe-report 15: Zoe's `/helpsell #1` in her group `neighbours`, before Amy opened #1 to help-selling,
was told `There is no group buy #1 in this chat. Example: /status shows the open one` (it is not meant
to be in this chat, and /status does not help). Someone outside its group gets the same answer whether
#1 exists or not (nothing of another group leaks), saying what help-selling needs and whom to ask; a
member of its own group, who sees it there anyway, is told it is not open yet and to ask its
organiser."""

from __future__ import annotations

from tests.helpsell_chats import two_groups


async def test_an_english_helpsell_before_it_is_open_says_what_it_needs() -> None:
    family, neighbours = two_groups("neighbours", "neighbours")
    await family.say("amy", "/lang en")
    await neighbours.say("zoe", "/lang en")
    await family.say("amy", "/groupbuy Lychees price 20")

    refused = neighbours.said(await neighbours.say("zoe", "/helpsell #1"))

    assert refused == (
        "There is no group buy #1 open to help-selling. If it is another group's, ask its organiser to "
        "send /helpsell #1 on 10% in that group first, then send /helpsell #1 here again. "
        "Nothing was changed."
    )
    assert neighbours.said(await neighbours.say("zoe", "/helpsell #7")) == refused.replace("#1", "#7")


async def test_a_member_of_its_group_is_told_to_ask_its_organiser() -> None:
    family, neighbours = two_groups("neighbours", "neighbours")
    await family.say("amy", "/lang en")
    await neighbours.say("zoe", "/lang en")
    await family.say("amy", "/groupbuy Lychees price 20")
    await family.say("zoe", "+1")  # Zoe is in Amy's group too

    refused = neighbours.said(await neighbours.say("zoe", "/helpsell #1"))

    assert refused == (
        "Lychees (#1, organised by Amy) is not open to help-selling yet: ask Amy to send /helpsell #1 on "
        "10% in its own group, then send /helpsell #1 here again. Nothing was changed."
    )
    await family.say("amy", "/helpsell on 10%")
    listed = neighbours.said(await neighbours.say("zoe", "/helpsell #1"))
    assert listed.startswith("🤝 Zoe is help-selling Lychees here (#1, organised by Amy)")


async def test_a_chinese_helpsell_before_it_is_open_says_whom_to_ask() -> None:
    family, office = two_groups()
    await family.say("amy", "接龙 荔枝 价格 20")

    assert office.said(await office.say("bob", "帮卖 #1")) == (
        "没有可以帮卖的团购 #1。"
        "如果是别的群的团，请团长先在那个群发「帮卖 #1 开 10%」，再在这里发「帮卖 #1」。"
        "没有任何改动。"
    )
    await family.say("bob", "+1")
    assert office.said(await office.say("bob", "帮卖 #1")) == (
        "荔枝（#1，团长 Amy）还没开放帮卖：请 Amy 先在原群发「帮卖 #1 开 10%」，"
        "再在这里发「帮卖 #1」。没有任何改动。"
    )

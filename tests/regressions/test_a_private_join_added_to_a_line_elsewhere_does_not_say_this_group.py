"""Cat, already on Amy's list in her own group, sent `+1 团1-XXXX` (a code made in the neighbours' group
that help-sells it) in her private chat with the bot: the answer said "…名单和订单都在那个群，本群名单不
显示" (this group's list does not show you), in a private chat, which has no list. From a private chat
it names the group her line and order are in, without a "this group"."""

from __future__ import annotations

import re

from tests.helpsell_chats import help_sold


async def test_a_private_join_added_to_a_line_elsewhere_does_not_say_this_group() -> None:
    family, neighbours = await help_sold(
        "接龙 芒果 价格 10 截止 2小时",
        chat_id="neighbours",
        title="Neighbours",
        family_title="Family",
        seller="dan",
    )
    await family.say("cat", "+1")
    found = re.search(r"团\d+-\w{4}", neighbours.shared(await neighbours.say("fay", "分享")))
    assert found is not None

    joined = await family.say("cat", "+1 " + found.group(0), private=True)

    assert family.said(joined) == (
        "你已跟团：又加 1 份，现在共 2 × 芒果（#1）。当前 ¥10/份。"
        "你已在「Family」跟过这个团：这 1 份加在你在那里的一行里，名单和订单都在「Family」。"
    )


async def test_in_a_group_it_still_says_this_groups_list() -> None:
    family, neighbours = await help_sold(
        "接龙 芒果 价格 10 截止 2小时",
        chat_id="neighbours",
        title="Neighbours",
        family_title="Family",
        seller="dan",
    )
    await family.say("cat", "+1")

    joined = await neighbours.say("cat", "+1")

    assert neighbours.said(joined).endswith("名单和订单都在那个群，本群名单不显示。")

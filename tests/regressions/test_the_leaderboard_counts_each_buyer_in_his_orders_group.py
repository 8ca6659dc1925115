"""`排行` in 家庭群 listed 丽丽 and 阿华 with buyers whose orders were made in 公司群 (which help-sells the
group buy), and in 公司群 said nobody had brought anyone. Each buyer now counts in the group his order
belongs to."""

from __future__ import annotations

import re

from tests.helpsell_chats import help_sold


async def test_the_leaderboard_counts_each_buyer_in_his_orders_group() -> None:
    family, office = await help_sold("接龙 芒果 价格 30 截止 2小时")
    await office.say("fay", "+1")
    found = re.search(r"团\d+-\w{4}", office.shared(await office.say("fay", "分享")))
    assert found is not None
    await office.say("gus", f"+1 {found.group(0)}")
    await family.say("amy", "截单")
    assert "Fay：1 位买家" in office.said(await office.say("zoe", "排行"))
    assert "Fay" not in family.said(await family.say("zoe", "排行"))

"""小美's `截单` of a help-sold group buy told her own group `共 7 个订单、10 份`, the figures of every
group, while that group's card showed 4 orders; one nobody in her group joined said `共 2 个订单、3 份`.
Her group is now told its own orders and units, or that nobody there joined, as each listing group
is; she reads the all-groups total, and each group's, in her one close summary (session 24)."""

from __future__ import annotations

from tests.helpsell_chats import help_sold


async def test_the_organisers_group_is_told_only_its_own_close_figures() -> None:
    family, office = await help_sold("接龙 芒果 价格 10 成团 1 截止 2小时")
    await family.say("cat", "+1")
    await office.say("dan", "+2")
    await office.say("eve", "+1")
    closed = await family.say("amy", "截单")
    told = [
        reply.text for reply in closed if reply.chat_id == "family" and reply.text and not reply.private_to
    ]
    assert len(told) == 1 and "共 1 个订单、1 份" in told[0]
    [summary] = [reply.text for reply in closed if reply.private_to == "amy"]
    assert "共 3 个订单、4 份，应收 ¥40" in summary
    assert summary.endswith(
        "\n各群：开团群 1 个订单、1 份；公司群（Bob 帮卖）2 个订单、3 份（每个群里只公布本群的订单和份数）。"
    )

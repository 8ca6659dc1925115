"""小美's `核销 2194` in 家庭群 answered there `✅ 取货码 2194：大刘 的订单 #1-7 …`, and 丽丽's `退款 2-5`
`订单 #2-5（小张，¥35）已标记为退款`: 大刘 and 小张 bought in 公司群, which help-sells it. As `已收` of
such an order is, 退款 of another group's order is now answered privately to whoever sent it; 核销 in the
group she typed it in (review 27 #13: one place at a pickup point), by order number, never naming 大刘."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold


async def test_pickup_and_refund_never_name_another_groups_buyer() -> None:
    factory = FakeUnitOfWorkFactory()
    family, office = await help_sold("接龙 芒果 价格 35 成团 1 截止 2小时", factory=factory)
    await office.say("dan", "+1")
    await office.say("eve", "+1")
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1")
    await family.say("amy", "已收 1-2")
    code = factory.state.orders[1].pickup_code
    collected = await family.say("amy", f"核销 {code}")
    in_group = [reply.text for reply in collected if reply.text and not reply.private_to]
    assert len(in_group) == 1 and in_group[0].startswith(f"✅ 取货码 {code}：订单 #1-1（别的群帮卖的买家）")
    assert "Dan" not in in_group[0] and "amy" not in family.private(collected)
    replies = await family.say("amy", "退款 1-2")
    in_group = [reply.text for reply in replies if reply.text and not reply.private_to]
    assert in_group == []
    assert "Eve" in family.private(replies)["amy"]

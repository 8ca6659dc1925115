"""Review 27 #13: Amy typed `核销 3485 5750` in her group at the pickup point: Cat's code (her group) was
answered in the group, Hank's (a buyer of the group that help-sells it) only in her private chat, and a
lone `核销 7386` of Wes's likewise privately. Every code of one message is now answered in one place, the
group she typed in: another group's buyer by order number, never named there."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold

SAID = {
    "zh": ("接龙 芒果 价格 35 成团 1 截止 2小时", "帮卖 开 10%", "帮卖 #1", "截单", "已收 1-1 1-2", "核销"),
    "en": (
        "/groupbuy Mangoes price 35 target 1 ends 2h",
        "/helpsell on 10%",
        "/helpsell #1",
        "/close",
        "/paid 1-1 1-2",
        "/pickupcode",
    ),
}
SEEN = {
    "zh": (
        "✅ 取货码 {cat}：Cat 的订单 #1-1，共 1 份：",
        "✅ 取货码 {dan}：订单 #1-2（别的群帮卖的买家），共 1 份：",
    ),
    "en": (
        "✅ Code {cat}: order #1-1 of Cat, 1 unit:",
        "✅ Code {dan}: order #1-2 (a buyer from a help-selling group), 1 unit:",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_pickup_codes_of_one_message_are_answered_in_one_place(lang: str) -> None:
    opening, rate, listing, close, paid, verify = SAID[lang]
    factory = FakeUnitOfWorkFactory()
    family, office = await help_sold(
        opening, factory=factory, rate=rate, listing=listing, language=lang, default_language=lang
    )
    await family.say("cat", "+1")  # 1-1, in Amy's group
    await office.say("dan", "+1")  # 1-2, in the group that help-sells it
    await family.say("amy", close)
    await family.say("amy", paid)
    cat, dan = factory.state.orders[1].pickup_code, factory.state.orders[2].pickup_code

    replies = await family.say("amy", f"{verify} {cat} {dan}")

    in_group = [r.text for r in replies if r.text and not r.private_to and not r.is_card]
    assert len(in_group) == 1, in_group
    first, second = (line.format(cat=cat, dan=dan) for line in SEEN[lang])
    assert in_group[0].startswith(first) and second in in_group[0], in_group[0]
    assert "Dan" not in in_group[0]
    assert "amy" not in family.private(replies)  # nothing of it in her private chat
    # each buyer told, as ever; Bob, who help-sells it, that his commission on Dan's order is his now
    assert set(family.private(replies)) == {"bob", "cat", "dan"}

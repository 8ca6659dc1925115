"""rep52 #11: `/paid 2-3` of an order made in Max's help-selling group credited Max ¥4 of commission
(he was told privately), but Lisa's answer did not mention it. Now it names each earner and amount."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def sold(lang: str) -> Chat:
    """Amy's bread #1, Bob help-selling it in `street` (Ivy joined there), Cat in Amy's group; closed."""
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id, street.title = family.app, "street", "楼下群"
    if lang == "en":
        family.admins = {"amy"}
        await family.say("amy", "/lang en")
        steps = ["/groupbuy Bread price 10", "/helpsell on 10%", "/close"]
    else:
        steps = ["接龙 面包 价格 10", "帮卖 开 10%", "截单"]
    await family.say("amy", steps[0])
    await family.say("amy", steps[1])
    await family.say("cat", "+1")
    await street.say("bob", "帮卖 #1")
    await street.say("ivy", "+1")
    await family.say("amy", steps[2])
    return family


async def test_the_paid_answer_names_the_help_sellers_commission() -> None:
    family = await sold("zh")

    replies = await family.say("amy", "已收 1-2")

    assert Chat.private(replies)["amy"] == (
        "订单 #1-2（Ivy，¥10）已标记为已付款。\n这单的佣金：Bob 的帮卖佣金 ¥1（已私信告知）。"
    )
    assert "bob" in Chat.private(replies)
    own = Chat.said(await family.say("amy", "已收 1-1"))  # her own group's buyer: no commission
    assert own == "✅ Cat 的订单 #1-1 已付款。"  # the group hears who, never an amount


async def test_in_english_too() -> None:
    family = await sold("en")

    replies = await family.say("amy", "/paid 1-2")

    assert Chat.private(replies)["amy"].endswith(
        "\nCommission on it: Bob's ¥1 help-sell commission (told privately)."
    )

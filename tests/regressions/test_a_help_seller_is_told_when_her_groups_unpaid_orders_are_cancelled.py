"""rep52 #11: `/cancelunpaid #2 confirm` cancelled Jon's order made in block7, and Max, who help-sells it
there, was not told, nor did Lisa's answer say who had been. Now the help-seller is told privately which
orders of her group were cancelled, and the organiser's answer names her."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def sold(lang: str) -> Chat:
    """Amy's bread #1, Bob help-selling it in `street` (Ivy joined there), Cat in Amy's group; closed."""
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id, street.title = family.app, "street", "楼下群"
    if lang == "en":
        family.admins, street.admins = {"amy"}, {"bob"}
        await family.say("amy", "/lang en")
        await street.say("bob", "/lang en")
        steps = ["/groupbuy Bread price 10", "/helpsell on 10%", "/helpsell #1", "/close"]
    else:
        steps = ["接龙 面包 价格 10", "帮卖 开 10%", "帮卖 #1", "截单"]
    await family.say("amy", steps[0])
    await family.say("amy", steps[1])
    await family.say("cat", "+1")
    await street.say("bob", steps[2])
    await street.say("ivy", "+1")
    await family.say("amy", steps[3])
    clock.advance(hours=30)
    return family


async def test_the_help_seller_is_told_and_the_answer_names_him() -> None:
    family = await sold("zh")

    replies = await family.say("amy", "取消未付款 #1 确认")

    assert Chat.private(replies)["bob"] == (
        "Amy 取消了 面包（#1）在「楼下群」（你帮卖的群）的 1 个未付款订单：#1-2 Ivy。买家都已私信告知。"
    )
    assert Chat.said(replies).endswith("\n这些订单所在群的帮卖人也已私信告知：Bob（楼下群）。")


async def test_in_english_too() -> None:
    family = await sold("en")

    replies = await family.say("amy", "/cancelunpaid #1 confirm")

    assert Chat.private(replies)["bob"] == (
        "Amy cancelled 1 unpaid order of Bread (#1) made in 楼下群, which you help-sell: #1-2 Ivy."
        " The buyer was told privately."
    )
    assert Chat.said(replies).endswith(
        "\nTold privately, as help-sellers of the groups those orders were made in: Bob (楼下群)."
    )

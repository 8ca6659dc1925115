"""rep28 finding 9: `付了234，微信转的` in private was "我没看懂…", `已付 ¥156` and `葱钱已转 ¥7 💰` in the
group were silent, `paid! sent 110 via paynow` too, and `just transferred the money` in private was "I
didn't understand that…": buyers thought the organiser had been told. Such a sentence is now the report
`我已付款` / `I paid` is (of the order whose total is the amount typed); an amount no unpaid order comes
to is said so, nothing reported; chatter (`付了吗`, `谁还没付`, `I paid too much for this phone lol`) stays
silent."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_chinese_payment_sentence_reports_the_order_of_that_amount() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 78 截止 2小时")
    await chat.say("amy", "接龙 大葱 价格 7 截止 2小时")
    for user, text in [("hal", "+3 #1"), ("dan", "+2 #1"), ("eve", "+1 #2")]:
        await chat.say(user, text)
    await chat.say("amy", "截单 #1")
    await chat.say("amy", "截单 #2")

    for chatter in ("付了吗", "谁还没付", "付了钱就好"):
        assert await chat.say("dan", chatter) == [], chatter
    said = await chat.say("hal", "付了234，微信转的", private=True)
    assert chat.said(said) == "收到，Hal：已请 Amy 确认你订单 #1-1 的付款 ¥234。确认前接龙卡片上显示 💸。"
    assert "amy" in chat.private(said)
    assert chat.said(await chat.say("dan", "已付 ¥156")).startswith(
        "收到，Dan：已请 Amy 确认你订单 #1-2 的付款，金额已私信发给你。"
    )
    assert chat.said(await chat.say("eve", "葱钱已转 ¥7 💰")).startswith(
        "收到，Eve：已请 Amy 确认你订单 #2-1"
    )
    reported = [order for order in factory.state.orders.values() if order.reported_paid_at is not None]
    assert len(reported) == 3


async def test_a_payment_sentence_of_another_amount_is_reported_as_said() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 78 截止 2小时")
    await chat.say("hal", "+3")
    await chat.say("amy", "截单")

    said = chat.private(await chat.say("hal", "付了200，微信转的"))["hal"]  # in full privately (s30)

    assert said == (  # rep46 8: reported as said, the organiser checks
        "收到，Hal：你说付了 ¥200，订单 #1-1 应付 ¥234，还差 ¥34。"
        "已告诉 Amy，由 TA 核对；确认前接龙卡片上显示 💸。"
    )
    assert factory.state.orders[1].reported_paid_at is not None
    assert await chat.say("kim", "付了234，微信转的") == []  # no order here: talk in a group


async def test_an_english_payment_sentence_is_a_payment_report() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("zoe", "/lang en")
    await chat.say("zoe", "/groupbuy Durian price 55 stock 8")
    for user, text in [("omar", "+2"), ("tom", "+1"), ("amy", "+1")]:
        await chat.say(user, text)
    await chat.say("zoe", "/close")

    assert await chat.say("omar", "I paid too much for this phone lol") == []
    said = await chat.say("omar", "paid! sent 110 via paynow")
    assert chat.said(said) == (
        "Thanks, Omar: Zoe is asked to confirm your payment for order #1-1; "
        "the amount was sent to you privately. "
        "The card shows 💸 until they do."
    )
    said = await chat.say("tom", "just transferred the money", private=True)
    assert chat.said(said).startswith(
        "Thanks, Tom: Zoe is asked to confirm your payment of ¥55 for order #1-2."
    )
    wrong = chat.private(await chat.say("amy", "paid! sent 50 via paynow"))["amy"]  # privately (s30)
    assert wrong.startswith("Thanks, Amy: you said you paid ¥50, but order #1-3 comes to ¥55 (¥5 short).")
    assert factory.state.orders[3].reported_paid_at is not None

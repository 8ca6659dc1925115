"""rep31 findings 2 and 16, rep33 findings 7 and 8: `付了150` (owing ¥156) was "这里没有订单 #150",
`paid 32` (owing ¥64) "There is no order #32 here"; `已经转给Amy了，156块，微信转的`, `钱已转 78元 请查收🙏`,
`paid for the strawberries, 79.8 via wechat`, `Paid ¥１２ for mum, thanks!!`, `paid, thanks Amy!`,
`Paid $110 to Amy`, `paid for my mum` were silent, and private `ok i sent 36 on wechat just now` was
"I didn't understand that".
An amount after 付了 / paid is an amount (answered as `已付 ¥200` is), such sentences are the report
`我已付款` is, and `I paid` before the close says when it closes. Chatter stays silent."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_chinese_payment_sentence_or_amount_is_answered() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 78 截止 2小时")
    for user, text in [("eve", "+2"), ("fay", "+1"), ("jo", "+2")]:
        await chat.say(user, text)
    said = chat.said(await chat.say("jo", "我已付款"))
    assert said == (
        "芒果（#1）还没截单：11月23日 周一 14:00 截单，那时你会收到订单，写着应付多少、怎么付。"
        "请截单后再付款，没有任何改动。"
    )
    await chat.say("amy", "截单")

    said = chat.private(await chat.say("jo", "付了150"))["jo"]  # in full privately (s30)
    assert said == (  # rep46 8: reported as said, the organiser checks
        "收到，Jo：你说付了 ¥150，订单 #1-3 应付 ¥156，还差 ¥6。"
        "已告诉 Amy，由 TA 核对；确认前接龙卡片上显示 💸。"
    )
    said = chat.said(await chat.say("jo", "我已付款 150"))  # as the order messages say: a number
    assert said.startswith("这里没有订单 #150")
    said = chat.said(await chat.say("eve", "已经转给Amy了，156块，微信转的"))
    assert said == "收到，Eve：已请 Amy 确认你订单 #1-1 的付款，金额已私信发给你。确认前接龙卡片上显示 💸。"
    said = chat.said(await chat.say("fay", "钱已转 78元 请查收🙏"))
    assert said.startswith("收到，Fay：已请 Amy 确认你订单 #1-2 的付款，金额已私信发给你。")
    for chatter in ("付了吗", "谁还没付", "我不要香菜"):
        assert await chat.say("jo", chatter) == [], chatter
    reported = [order.number for order in factory.state.orders.values() if order.reported_paid_at]
    assert sorted(reported) == ["1-1", "1-2", "1-3"]


async def test_an_english_payment_sentence_or_amount_is_answered() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("zoe", "/lang en")
    await chat.say("zoe", "/groupbuy Strawberries price 39.9 stock 30")
    for user, text in [("ian", "+2"), ("tom", "+2"), ("ann", "+1 for mum"), ("abe", "+1"), ("ned", "+1")]:
        await chat.say(user, text)
    assert chat.said(await chat.say("ned", "I paid")) == (
        "Strawberries (#1) is still open: it closes Tue 24 Nov 12:00, and your order, with what to pay "
        "and how, comes then. Pay after that: nothing was changed."
    )
    await chat.say("rita", "+1")
    await chat.say("zoe", "/close")

    assert chat.private(await chat.say("ian", "paid 32"))["ian"].startswith(  # privately (s30)
        "Thanks, Ian: you said you paid ¥32, but order #1-1 comes to ¥79.80 (¥47.80 short)."
    )
    said = chat.said(await chat.say("tom", "paid for the strawberries, 79.8 via wechat"))
    assert said.startswith(
        "Thanks, Tom: Zoe is asked to confirm your payment for order #1-2; "
        "the amount was sent to you privately."
    )
    assert chat.private(await chat.say("ann", "Paid ¥１２ for mum, thanks!!"))["ann"].startswith(  # privately
        "Thanks, Ann: you said you paid ¥12, but order #1-3 comes to ¥39.90 (¥27.90 short)."
    )
    said = chat.said(await chat.say("abe", "paid, thanks Amy!"))
    assert said.startswith(
        "Thanks, Abe: Zoe is asked to confirm your payment for order #1-4; "
        "the amount was sent to you privately."
    )
    said = chat.said(await chat.say("ned", "paid for my mum"))
    assert said.startswith(
        "Thanks, Ned: Zoe is asked to confirm your payment for order #1-5; "
        "the amount was sent to you privately."
    )
    said = chat.said(await chat.say("rita", "ok i sent 36 on wechat just now", private=True))
    assert said.startswith(
        "Thanks, Rita: you said you paid ¥36, but order #1-6 comes to ¥39.90 (¥3.90 short)."
    )
    # a payment, answered: `$` on a ¥ order is asked to be said in ¥ (s28-leftovers), nothing reported
    said = chat.said(await chat.say("ian", "Paid $110 to Amy"))
    assert said.startswith("“$110” is not in ¥: order #1-1 (Strawberries) is in ¥ (CNY)"), said
    for chatter in ("I paid too much for my phone", "I paid for the parking", "actually the weather is nice"):
        assert await chat.say("ian", chatter) == [], chatter
    reported = [order.number for order in factory.state.orders.values() if order.reported_paid_at]
    assert sorted(reported) == ["1-1", "1-2", "1-3", "1-4", "1-5", "1-6"]

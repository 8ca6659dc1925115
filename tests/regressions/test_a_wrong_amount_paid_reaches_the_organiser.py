"""rep46 finding 8: 王阿姨 `我付了80` (she owed ¥90) was refused, then her `我付了` reported ¥90 to the
organiser, who never saw the 80. An amount other than what her one unpaid order comes to is now reported
as it is: the organiser is told `¥80（应付 ¥90，差 ¥10）` (s31: the amount said leads; over-payment:
`多付`), the buyer that the organiser will check. An exact amount is reported as before."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _owing(factory: FakeUnitOfWorkFactory, *, english: bool = False) -> Chat:
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Mangoes price 90" if english else "接龙 芒果 价格 90")
    await chat.say("wang", "+1", name="Wang" if english else "王阿姨")
    await chat.say("amy", "/close" if english else "截单")
    return chat


async def test_less_than_owed_is_told_to_the_organiser_as_it_is() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory)
    replies = await chat.say("wang", "我付了80", name="王阿姨")
    assert chat.private(replies)["wang"] == (  # in full privately; the group reads no amount (s30)
        "收到，王阿姨：你说付了 ¥80，订单 #1-1 应付 ¥90，还差 ¥10。"
        "已告诉 Amy，由 TA 核对；确认前接龙卡片上显示 💸。"
    )
    assert chat.private(replies)["amy"].startswith(
        "💸 王阿姨 说已付款：订单 #1-1（芒果，#1）¥80（应付 ¥90，差 ¥10）。"
    )
    assert factory.state.orders[1].reported_paid_at is not None
    again = chat.said(await chat.say("wang", "我付了", name="王阿姨"))  # never a second report of ¥90
    assert again == "你已经说过订单 #1-1 已付款，正在等团长确认，没有任何改动。"


async def test_more_than_owed_is_told_to_the_organiser_in_english() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory, english=True)
    replies = await chat.say("wang", "paid 100", name="Wang")
    assert chat.private(replies)["wang"] == (  # in full privately; the group reads no amount (s30)
        "Thanks, Wang: you said you paid ¥100, but order #1-1 comes to ¥90 (¥10 over). "
        "Amy has been told and will check; the card shows 💸 until then."
    )
    assert chat.private(replies)["amy"].startswith(
        "💸 Wang says they paid order #1-1 (Mangoes, #1): ¥100 (¥90 owed, ¥10 over)."
    )


async def test_the_exact_amount_is_reported_as_before() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory)
    replies = await chat.say("wang", "我付了90", name="王阿姨")
    assert (
        chat.said(replies)
        == "收到，王阿姨：已请 Amy 确认你订单 #1-1 的付款，金额已私信发给你。确认前接龙卡片上显示 💸。"
    )
    assert chat.private(replies)["amy"].startswith("💸 王阿姨 说已付款：订单 #1-1（芒果，#1）¥90。")

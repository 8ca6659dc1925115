"""rep38 #7, rep39 #6: one minute after the close, before anyone could pay, `取消未付款` offered to cancel
every order as if they were overdue. Within 24 hours of the close (`PAY_GRACE`) the prompt says how long
ago it closed and that buyers may not have paid yet, still letting the organiser confirm; later, as
before."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed(clock: FakeClock, factory: FakeUnitOfWorkFactory, *, english: bool = False) -> Chat:
    chat = fake_chat(factory, clock=clock)
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    for user in ("bob", "cat"):
        await chat.say(user, "+1")
    await chat.say("amy", "/close" if english else "截单")
    return chat


async def test_a_minute_after_the_close_it_says_so_and_still_lets_her_confirm() -> None:
    clock, factory = FakeClock(), FakeUnitOfWorkFactory()
    chat = await _closed(clock, factory)
    clock.advance(minutes=1)
    assert chat.said(await chat.say("amy", "取消未付款")) == (
        "将取消 芒果（#1）的 2 个未付款订单，空出 2 份。截单才 1 分钟，大家可能还没来得及付款。"
        "名单已私信发给你。现在还没有任何改动，确认就发：取消未付款 #1 确认"
    )
    assert {o.status for o in factory.state.orders.values()} == {OrderStatus.PENDING_PAYMENT}
    done = chat.said(await chat.say("amy", "取消未付款 #1 确认"))
    assert done.startswith("已取消 芒果（#1）的 2 个未付款订单，空出 2 份。")
    assert {o.status for o in factory.state.orders.values()} == {OrderStatus.CANCELLED}


async def test_hours_later_it_says_the_hours_and_after_a_day_nothing() -> None:
    clock = FakeClock()
    chat = await _closed(clock, FakeUnitOfWorkFactory())
    clock.advance(hours=5, minutes=30)
    assert "截单才 5 小时，大家可能还没来得及付款。" in chat.said(await chat.say("amy", "取消未付款"))
    clock.advance(hours=18, minutes=29)
    assert "截单才 23 小时" in chat.said(await chat.say("amy", "取消未付款"))
    clock.advance(minutes=1)  # 24 hours after the close
    asked = chat.said(await chat.say("amy", "取消未付款"))
    assert asked == (
        "将取消 芒果（#1）的 2 个未付款订单，空出 2 份。名单已私信发给你。"
        "现在还没有任何改动，确认就发：取消未付款 #1 确认"
    )


async def test_in_english_and_in_private() -> None:
    clock = FakeClock()
    chat = await _closed(clock, FakeUnitOfWorkFactory(), english=True)
    clock.advance(minutes=3)
    assert chat.said(await chat.say("amy", "/cancelunpaid 1")) == (
        "This will cancel 2 unpaid orders of Mangoes (#1), freeing 2 units. It closed only 3 minutes ago: "
        "buyers "
        "may not have had time to pay yet. The names were sent to you privately. Nothing is changed yet; to "
        "go ahead, send: /cancelunpaid 1 confirm"
    )
    assert chat.said(await chat.say("amy", "/cancelunpaid 1", private=True)) == (
        "This will cancel 2 unpaid orders of Mangoes (#1): Bob, Cat. It closed only 3 minutes ago: buyers "
        "may not have had time to pay yet. Nothing is changed yet; to go ahead, send: /cancelunpaid 1 confirm"
    )

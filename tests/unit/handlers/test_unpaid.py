"""撤销已收 / `/unpaid 12-3`: an organiser takes back a payment she confirmed by mistake. The order is
owed again everywhere (the card, /orders, /mine, 催款), the ledger reads as before the 已收 (commission
included), the buyer is told privately; every other case is refused with one message, changing nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from commerce.domain.ledger import AccountKind, holdings
from commerce.domain.order import OrderStatus
from commerce.services.ledger import release_held
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat, fake_chat

UNDONE = "已撤销订单 #1-1（Bob，¥88）的已收：改回待付款（不是退款），已私信告诉对方。"
UNDONE_HERE = "已撤销订单 #1-1（Bob）的已收：改回待付款（不是退款），已私信告诉对方。"  # the group: no amount
TOLD_BOB = (
    "Amy 把你的订单 #1-1（海南贵妃芒，¥88）改回了未付款：之前标记已收是误操作。"
    "还没付的话请付款；已经付过的话，请直接联系 Amy。"
)
NOT_PAID = "订单 #1-1 还没标记为已付款，没有可撤销的，没有任何改动。"


async def _closed(
    chat: Chat, factory: FakeUnitOfWorkFactory, *, sharer: str | None = None, rate_bp: int = 500
) -> None:
    """Amy's mangoes at ¥88: Bob #1-1 (brought by `sharer`), Cat #1-2 ×2; closed, nobody paid."""
    for user, text in [
        ("amy", "接龙 海南贵妃芒 价格 88 成团 1"),
        ("bob", "+1"),
        ("cat", "+2"),
        ("amy", "截单"),
    ]:
        await chat.say(user, text)
    state = factory.state
    state.group_buys[1] = replace(state.group_buys[1], sharer_rate_bp=rate_bp)
    state.orders[1].sharer_id = sharer


def _ledger(factory: FakeUnitOfWorkFactory) -> dict[tuple[str, str], int]:
    return {
        (str(account), currency): amount
        for (account, currency), amount in holdings(factory.state.ledger).items()
    }


async def test_a_mistaken_paid_is_undone_and_every_figure_reads_as_before() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await _closed(chat, factory, sharer="dan")
    card_before = await chat.card(1)
    mine_before = chat.said(await chat.say("amy", "我的团", private=True))
    orders_before = chat.said(await chat.say("bob", "我的订单", private=True))
    await chat.say("amy", "已收 1-1")
    assert _ledger(factory)[("commission_pending:dan", "CNY")] == 440

    replies = await chat.say("amy", "撤销已收 1-1")

    assert chat.said(replies) == UNDONE_HERE
    assert chat.private(replies) == {
        "amy": UNDONE + "\n一并撤回了佣金：#1-1 dan 的分享佣金 ¥4.40；已私信告诉 dan。",
        "bob": TOLD_BOB,
        "dan": "你分享带来的 海南贵妃芒（#1）订单 #1-1 的已收 ¥88 已撤销（之前误标为已收款），改回待付款，"
        "这单给你记的分享佣金 ¥4.40 已扣回；订单再付款后会重新记上。收益明细发“我的收益”查看。",
    }
    assert chat.cards(replies) == [(1, False)]
    assert factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT
    assert await chat.card(1) == card_before  # 💰 已付 0/2 again
    assert chat.said(await chat.say("amy", "我的团", private=True)) == mine_before  # 已收 ¥0
    assert chat.said(await chat.say("bob", "我的订单", private=True)) == orders_before  # 待付款
    assert _ledger(factory) == {}  # every account back to nothing: the payment and the commission
    assert [x.key for x in factory.state.ledger] == ["order:1:paid", "order:1:unpaid"]  # nothing deleted
    earnings = chat.said(await chat.say("dan", "/earnings", private=True, language="en"))
    assert earnings.splitlines()[1:] == [  # the order's line stays, as taken back until paid again
        "Held: ¥0",
        "Yours to withdraw: ¥0",
        "#1-1 海南贵妃芒 (Bob): ¥4.40 taken back, its payment was undone and "
        "it is unpaid again; earned again once the order is paid",
    ]


async def test_paid_again_after_the_undo_posts_again_and_the_commission_returns() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await _closed(chat, factory, sharer="dan")
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "撤销已收 1-1")

    paid = await chat.say("amy", "/paid 1-1", language="en")

    assert chat.said(paid) == "✅ Bob 的订单 #1-1 已付款。"  # the group's language, not her app's (rep71 #3)
    assert _ledger(factory) == {
        ("buyer:bob", "CNY"): -8800,
        ("commission_pending:dan", "CNY"): 440,
        ("organiser:amy", "CNY"): 8360,
    }
    assert [x.key for x in factory.state.ledger] == ["order:1:paid", "order:1:unpaid", "order:1:paid:2"]
    earnings = chat.said(await chat.say("dan", "/earnings", private=True, language="en"))
    assert earnings.splitlines()[1:] == [
        "Held: ¥4.40",
        "Yours to withdraw: ¥0",
        "#1-1 海南贵妃芒 (Bob): ¥4.40, held until Bob picks it up, or Mon 30 Nov 12:00 at the latest",
    ]


async def test_english_and_the_other_words_and_a_member_by_name() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await _closed(chat, factory)
    await chat.say("amy", "已收 1-1")
    english = await chat.say("amy", "/unpaid 1-1", language="en")
    assert (
        chat.said(english)
        == "Undone: order #1-1 of Bob is not paid again (no refund); they were told privately."
    )
    assert chat.private(english) == {"bob": TOLD_BOB}  # in Bob's language: the chat's, Chinese here

    await chat.say("amy", "已收 1-1")
    assert chat.said(await chat.say("amy", "未收 1-1")) == UNDONE_HERE
    await chat.say("amy", "已收 @Bob")
    assert chat.said(await chat.say("amy", "撤销已收 @Bob")) == UNDONE_HERE
    await chat.say("amy", "已收 1-1")
    assert chat.said(await chat.say("amy", "撤销收款 #1-1")) == UNDONE_HERE
    await chat.say("amy", "已收 1")
    assert chat.said(await chat.say("amy", "撤销已收 1")) == UNDONE_HERE  # a bare number: the paid one


async def test_the_buyer_is_told_in_his_own_language() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("bob", "hello", private=True, language="en")  # Bob's Telegram speaks English
    await _closed(chat, factory)
    await chat.say("amy", "已收 1-1")

    replies = await chat.say("amy", "撤销已收 1-1")

    assert chat.private(replies) == {
        "bob": "Amy marked your order #1-1 (海南贵妃芒, ¥88) as not paid yet: it was marked paid by mistake. "
        "If you have not paid, please pay; if you have, please talk to Amy."
    }


async def test_talk_is_not_a_command_and_a_wrong_form_gets_its_usage() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await _closed(chat, factory)
    await chat.say("amy", "已收 1-1")

    assert await chat.say("amy", "未收") == []  # an answer to "收到了吗？"
    assert await chat.say("amy", "未收齐呢") == []
    usage = "请这样写：撤销已收 12-3（订单编号）或 撤销已收 @名字"
    assert chat.said(await chat.say("amy", "撤销已收")) == usage
    assert chat.said(await chat.say("amy", "撤销已收 abc")) == usage
    assert (
        chat.said(await chat.say("amy", "/unpaid", language="en"))
        == "Write it like: /unpaid 12-3 (the order number) or /unpaid @name"
    )
    assert factory.state.orders[1].status is OrderStatus.PAID


async def test_the_same_update_twice_undoes_once_and_a_second_undo_is_told_it_is_not_paid() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await _closed(chat, factory)
    await chat.say("amy", "已收 1-1")

    first = await chat.say("amy", "撤销已收 1-1", update_id="u7")
    again = await chat.say("amy", "撤销已收 1-1", update_id="u7")
    second = await chat.say("amy", "撤销已收 1-1", update_id="u8")

    assert chat.said(first) == UNDONE_HERE
    assert again == first  # the repeat gets the first answer, and changes nothing
    assert chat.said(second) == NOT_PAID
    assert [x.key for x in factory.state.ledger] == ["order:1:paid", "order:1:unpaid"]
    assert [p.kind for p in factory.state.orders[1].payments] == ["paid", "unpaid"]


async def test_the_reminder_chases_it_again_and_a_report_before_the_paid_is_cleared() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await _closed(chat, factory)
    await chat.say("bob", "我已付款")  # Bob said he paid; Amy confirmed the wrong one... then undid it
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "撤销已收 1-1")

    reminder = chat.said(await chat.say("amy", "催款"))

    assert reminder.splitlines()[:3] == [
        "💸 催款：海南贵妃芒（#1）还有 2 个订单未付款：",
        "• Bob（订单 #1-1）",
        "• Cat（订单 #1-2）",
    ]
    assert factory.state.orders[1].reported_paid_at is None


async def test_refusals_change_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await _closed(chat, factory)
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "已收 1-2")
    await chat.say("amy", "已取 1-2")
    keys = [x.key for x in factory.state.ledger]

    assert (
        chat.said(await chat.say("amy", "撤销已收 1-2"))
        == "订单 #1-2 已经取货（核销），不能再撤销已收，没有任何改动。"
    )
    assert chat.said(await chat.say("bob", "撤销已收 1-1")) == "只有团长可以撤销已收，没有任何改动。"
    assert (
        chat.said(await chat.say("amy", "撤销已收 9-9"))
        == "这里没有订单 #9-9，没有任何改动。例如：撤销已收 1-1（订单消息里的编号）"
    )
    assert (  # her one paid order is picked up: said as `撤销已收 1-2` says it
        chat.said(await chat.say("amy", "撤销已收 @Cat"))
        == "Cat 的订单 #1-2 已经取货（核销），不能再撤销已收，没有任何改动。"
    )
    await chat.say("amy", "/refund 1-1", language="en")
    assert (
        chat.said(await chat.say("amy", "撤销已收 1-1"))
        == "订单 #1-1 已退款，没有可撤销的付款，没有任何改动。"
    )

    assert factory.state.orders[2].status is OrderStatus.FULFILLED
    assert factory.state.orders[1].status is OrderStatus.REFUNDED
    assert [x.key for x in factory.state.ledger] == [*keys, "order:1:refunded"]


async def test_another_chats_order_is_answered_as_one_that_does_not_exist() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await _closed(chat, factory)
    await chat.say("amy", "已收 1-1")
    elsewhere = Chat(chat.app, chat_id="work")
    await elsewhere.say("eve", "接龙 苹果 价格 30 成团 1")

    assert chat.said(await elsewhere.say("amy", "撤销已收 1-1")) == (  # hers: where it is (review 33)
        "订单 #1-1 是「family」里 海南贵妃芒（#1）的订单，不在这个群，没有任何改动。"
        "请到那个群里发，或在私聊里发给我。"
    )
    assert (
        chat.said(await elsewhere.say("eve", "撤销已收 1-1"))
        == "这里没有订单 #1-1，没有任何改动。例如：撤销已收 12-3（订单消息里的编号）"
    )
    assert factory.state.orders[1].status is OrderStatus.PAID
    in_private = await chat.say("amy", "撤销已收 1-1", private=True)  # her own group buy's: from private too
    assert chat.said(in_private) == UNDONE


async def test_a_chat_admin_may_undo_as_she_may_confirm() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    chat.admins.add("eve")
    await _closed(chat, factory)
    await chat.say("eve", "已收 1-1")

    replies = await chat.say("eve", "撤销已收 1-1")

    assert chat.said(replies) == UNDONE_HERE
    assert chat.private(replies)["bob"].startswith("Eve 把你的订单 #1-1")


async def test_a_cancelled_order_and_the_organisers_own_are_refused() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    for user, text in [
        ("amy", "接龙 海南贵妃芒 价格 88 成团 1"),
        ("amy", "+1"),
        ("bob", "+1"),
        ("amy", "截单"),
    ]:
        await chat.say(user, text)
    own = next(o for o in factory.state.orders.values() if o.buyer_id == "amy")
    bob = next(o for o in factory.state.orders.values() if o.buyer_id == "bob")
    assert own.status is OrderStatus.PAID

    assert chat.said(await chat.say("amy", f"撤销已收 {own.number}")) == (
        f"订单 #{own.number} 是你自己的订单，截单时已自动记为已付，没有可撤销的，没有任何改动。"
    )
    bob.status = OrderStatus.CANCELLED  # its reservation lapsed
    assert chat.said(await chat.say("amy", f"撤销已收 {bob.number}")) == (
        f"订单 #{bob.number} 已取消，没有可撤销的付款，没有任何改动。"
    )
    assert factory.state.orders[own.id or 0].status is OrderStatus.PAID


async def test_commission_made_available_is_taken_back_unless_it_was_paid_out() -> None:
    factory = FakeUnitOfWorkFactory()
    clock = FakeClock()
    chat = fake_chat(factory, clock=clock, payout_minimum=1)
    await _closed(chat, factory, sharer="dan", rate_bp=5000)  # ¥44 for Dan on Bob's ¥88
    await chat.say("amy", "已收 1-1")
    async with factory() as uow:  # a week later, not picked up: available
        await release_held(uow, now=clock.now() + timedelta(days=7), hold=timedelta(days=7))
        await uow.commit()

    undone = await chat.say("amy", "撤销已收 1-1")
    assert chat.said(undone) == UNDONE_HERE
    taken_back = "\n一并撤回了佣金：#1-1 dan 的分享佣金 ¥44；已私信告诉 dan。"
    assert chat.private(undone)["amy"] == UNDONE + taken_back
    assert _ledger(factory) == {}

    await chat.say("amy", "已收 1-1")
    async with factory() as uow:
        await release_held(uow, now=clock.now() + timedelta(days=7), hold=timedelta(days=7))
        await uow.commit()
    await chat.say("dan", "/payout wechat dan8", private=True)  # Dan asked for his ¥44
    keys = [x.key for x in factory.state.ledger]

    refused = chat.said(await chat.say("amy", "撤销已收 1-1"))

    assert refused == (  # asked for, not paid yet: an admin's rejection would let it be undone (review s20)
        "订单 #1-1 记的佣金已经申请提现或已经提现，不能撤销已收，没有任何改动。要退钱请用：退款 1-1；"
        "提现还在审核的话，管理员拒绝那笔提现后就能撤销已收。"
    )
    assert [x.key for x in factory.state.ledger] == keys
    assert factory.state.orders[1].status is OrderStatus.PAID
    balances = {
        k: v for k, v in _ledger(factory).items() if k[0].startswith(AccountKind.PAYOUT_REQUESTED.value)
    }
    assert balances == {("payout_requested:dan", "CNY"): 4400}


async def test_a_payment_made_online_is_refunded_never_marked_unpaid() -> None:
    from tests.unit.handlers.test_payments_checkout import make_app, pay, succeeded_in_stars

    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    shop = Chat(make_app(factory, clock, online_payment=True))
    await succeeded_in_stars(shop)
    await pay(shop, "bob", 1, "charge-1", currency="XTR")
    assert factory.state.orders[1].status is OrderStatus.PAID
    keys = [x.key for x in factory.state.ledger]

    refused = Chat.said(await shop.say("amy", "/unpaid 1-1", language="en"))

    assert refused == (
        "Order #1-1 was paid online: the money really moved, so it cannot be marked unpaid: nothing was "
        "changed. To give it back: /refund 1-1"
    )
    assert factory.state.orders[1].status is OrderStatus.PAID
    assert [x.key for x in factory.state.ledger] == keys


async def test_a_help_sold_order_undone_from_the_organisers_group_is_answered_to_her_privately() -> None:
    factory = FakeUnitOfWorkFactory()
    chat, work = await help_sold(  # Hal sells it in his group: 10% of what its orders pay is his
        "接龙 海南贵妃芒 价格 88 成团 1", chat_id="work", title=None, seller="hal", factory=factory
    )
    await work.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")
    assert _ledger(factory)[("commission_pending:hal", "CNY")] == 880

    undone = await chat.say("amy", "撤销已收 1-1")

    assert chat.private(undone) == {
        "amy": UNDONE + "\n一并撤回了佣金：#1-1 Hal 的帮卖佣金 ¥8.80；已私信告诉 Hal。",
        "bob": TOLD_BOB,
        "hal": "你帮卖的 海南贵妃芒（#1）订单 #1-1 的已收 ¥88 已撤销（之前误标为已收款），改回待付款，"
        "这单给你记的帮卖佣金 ¥8.80 已扣回；订单再付款后会重新记上。收益明细发“我的收益”查看。",
    }
    assert [text for text in (r.text for r in undone if not r.private_to) if text] == []  # Bob unnamed here
    assert len(chat.cards(undone)) == 2  # the card in each group: 💰 已付 0/1 again
    assert _ledger(factory) == {}
    hal = chat.said(await chat.say("hal", "/earnings", private=True, language="en"))
    assert hal.splitlines()[1:] == [  # the order's line stays, as taken back until paid again
        "Held: ¥0",
        "Yours to withdraw: ¥0",
        "#1-1 海南贵妃芒 (Bob): ¥8.80 taken back, its payment was undone and "
        "it is unpaid again; earned again once the order is paid",
    ]


async def test_the_pickup_code_stays_unusable_while_unpaid_and_the_same_once_paid_again() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await _closed(chat, factory)
    await chat.say("amy", "已收 1-1")
    code = factory.state.orders[1].pickup_code
    await chat.say("amy", "撤销已收 1-1")

    refused = chat.said(await chat.say("amy", f"核销 {code}"))

    assert refused == "订单 #1-1 还没付款，没有任何改动：请先发“已收款 1-1”确认收款，再发“已取货 1-1”。"
    assert factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT
    again = chat.private(await chat.say("amy", "已收 1-1"))["bob"]
    assert again.endswith(f"取货码：{code}（取货时出示，由团长核销）")

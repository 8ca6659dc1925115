"""Share to earn, the money (issue #11): every payment reaches the ledger, /earnings shows it, and
/payout with the admin's /payouts pays it out. Until attribution lands, orders get their sharer here."""

from __future__ import annotations

from dataclasses import replace

import pytest

from commerce.domain.ledger import AccountKind
from commerce.domain.order import OrderStatus
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _order(
    chat: Chat, factory: FakeUnitOfWorkFactory, *, sharer: str | None, rate_bp: int = 500
) -> None:
    """Amy's mangoes at ¥88, Bob buys one (order #1-1), brought by `sharer`; Amy pays sharers `rate_bp`."""
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    state = factory.state
    state.group_buys[1] = replace(state.group_buys[1], sharer_rate_bp=rate_bp)
    state.orders[1].sharer_id = sharer


def _chat(factory: FakeUnitOfWorkFactory, **config: object) -> Chat:
    return fake_chat(factory, **config)


async def test_confirmed_pickup_and_refund_move_the_sharers_commission() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = _chat(factory)
    await _order(chat, factory, sharer="cat")

    before = chat.said(await chat.say("cat", "我的收益", private=True))
    assert (
        before
        == "你的分享收益：\n待入账：¥0\n可提现：¥0\n还没有收益：分享团购链接，朋友通过它付款后你就有佣金。"
    )

    await chat.say("amy", "已收 1-1")
    pending = chat.said(await chat.say("cat", "/earnings", private=True, language="en"))
    assert (
        pending
        == "Your earnings from sharing:\nHeld: ¥4.40\nYours to withdraw: ¥0\n#1-1 海南贵妃芒 (Bob): ¥4.40, "
        "held until Bob picks it up, or Mon 30 Nov 12:00 at the latest"
    )

    await chat.say("amy", "已取 1-1")
    available = chat.said(await chat.say("cat", "/earnings", private=True, language="en"))
    assert available.splitlines()[1:] == [
        "Held: ¥0",
        "Yours to withdraw: ¥4.40",
        "#1-1 海南贵妃芒 (Bob): ¥4.40, yours to withdraw",
    ]
    balance = await _balance(factory, "cat", AccountKind.COMMISSION_AVAILABLE)
    assert balance == 440


async def _balance(factory: FakeUnitOfWorkFactory, member: str, kind: AccountKind) -> int:
    return sum(
        p.amount
        for x in factory.state.ledger
        for p in x.postings
        if p.account.member == member and p.account.kind is kind
    )


async def test_a_refund_takes_the_commission_back_and_the_books_balance() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = _chat(factory)
    await _order(chat, factory, sharer="cat")
    await chat.say("amy", "已收 1-1")

    await chat.say("amy", "/refund 1-1")

    assert factory.state.orders[1].status is OrderStatus.REFUNDED
    text = chat.said(await chat.say("cat", "/earnings", private=True, language="en"))
    assert text.splitlines()[1:] == [
        "Held: ¥0",
        "Yours to withdraw: ¥0",
        "#1-1 海南贵妃芒 (Bob): ¥4.40 taken back, the order was refunded",
    ]
    totals: dict[str, int] = {}
    for x in factory.state.ledger:
        for p in x.postings:
            totals[p.currency] = totals.get(p.currency, 0) + p.amount
    assert totals == {"CNY": 0}
    assert [x.key for x in factory.state.ledger] == ["order:1:paid", "order:1:refunded"]


async def test_a_payment_without_a_sharer_still_posts_buyer_to_organiser() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = _chat(factory)
    await _order(chat, factory, sharer=None)

    await chat.say("amy", "已收 1-1")

    (paid,) = factory.state.ledger
    assert {(str(p.account), p.amount) for p in paid.postings} == {
        ("buyer:bob", -8800),
        ("organiser:amy", 8800),
    }


async def test_a_self_referral_earns_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = _chat(factory)
    await _order(chat, factory, sharer="bob")  # Bob's own link

    await chat.say("amy", "已收 1-1")

    text = chat.said(await chat.say("bob", "/earnings", private=True, language="en"))
    assert text.splitlines()[1:3] == ["Held: ¥0", "Yours to withdraw: ¥0"]
    assert all(
        p.account.kind is not AccountKind.COMMISSION_PENDING for x in factory.state.ledger for p in x.postings
    )


async def test_in_a_group_a_short_note_and_the_earnings_privately() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = _chat(factory)

    replies = await chat.say("cat", "我的收益")

    assert chat.said(replies) == "Cat，你的收益已私信发给你。"
    assert chat.private(replies)["cat"].startswith("你的分享收益：\n待入账：¥0")


async def test_the_holding_period_makes_it_available_once() -> None:
    from datetime import timedelta

    from commerce.services.ledger import release_held

    factory = FakeUnitOfWorkFactory()
    clock = FakeClock()
    chat = fake_chat(factory, clock=clock)
    await _order(chat, factory, sharer="cat")
    await chat.say("amy", "已收 1-1")

    for days in (6, 7, 8):  # not yet; then once, however often the sweep runs
        async with factory() as uow:
            released = await release_held(uow, now=clock.now() + timedelta(days=days), hold=timedelta(days=7))
            await uow.commit()
        assert released == (1 if days == 7 else 0)

    assert await _balance(factory, "cat", AccountKind.COMMISSION_AVAILABLE) == 440
    await chat.say("amy", "已取 1-1")  # picked up after: nothing more to make available
    assert [x.key for x in factory.state.ledger] == ["order:1:paid", "order:1:available"]


async def test_a_payout_is_requested_approved_and_paid_and_the_member_is_told() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = _chat(factory, payout_admins=frozenset({"eve"}), payout_minimum=1)
    await _order(chat, factory, sharer="cat", rate_bp=5000)  # ¥44 for Cat
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "已取 1-1")

    in_group = chat.said(await chat.say("cat", "提现 微信 w8", private=False))
    assert (
        in_group
        == "请私聊我申请提现：提现 微信 你的微信号（也可以写 支付宝 或 银行卡 加账号）。没有提交申请。"
    )
    assert chat.said(await chat.say("cat", "/payout 50 wechat w8", private=True)) == (
        "You have ¥44 available, less than ¥50. Nothing was requested."
        "\nTo ask for all of it, send: /payout all wechat w8"
    )
    asked = chat.said(await chat.say("cat", "/payout wechat w8", private=True))
    assert asked == (
        "Payout #1 of ¥44 requested. An admin will approve it and pay it to WeChat ···8; "
        "I'll tell you here at each step."  # kept already by the request above her balance
    )
    again = chat.said(await chat.say("cat", "/payout wechat w8", private=True))
    assert (
        again
        == "Your payout #1 of ¥44 is still open: wait until it is paid or rejected. Nothing was requested."
    )

    assert chat.said(await chat.say("cat", "/payouts", private=True)) == (
        "Only the bot's admins decide payouts. Nothing was changed."
    )
    listed = chat.said(await chat.say("eve", "/payouts", private=True))
    assert listed == "Open payout requests:\n#1 Cat: ¥44 to WeChat w8, requested (/payouts approve 1)"
    early = chat.said(await chat.say("eve", "/payouts paid 1", private=True))
    assert early == "Payout #1 cannot be marked paid: only an approved one can. Nothing was changed."

    approved = await chat.say("eve", "/payouts approve 1", private=True)
    assert chat.said(approved) == "Payout #1 to Cat (¥44) approved."
    assert chat.private(approved) == {"cat": "Your payout #1 of ¥44 was approved; it will be paid soon."}
    paid = await chat.say("eve", "/payouts paid 1", private=True)
    assert chat.private(paid) == {"cat": "Your payout #1 of ¥44 was paid to WeChat ···8."}
    assert chat.said(await chat.say("eve", "/payouts", private=True)) == "No payout requests are open."
    assert await _balance(factory, "", AccountKind.PAYOUTS) == 4400
    assert await _balance(factory, "cat", AccountKind.COMMISSION_AVAILABLE) == 0


async def test_a_rejected_payout_is_available_again() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = _chat(factory, payout_admins=frozenset({"eve"}))
    await _order(chat, factory, sharer="cat", rate_bp=5000)
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "已取 1-1")
    await chat.say("cat", "提现 20 微信 w8", private=True)

    rejected = await chat.say("eve", "提现审核 拒绝 1", private=True)

    assert chat.said(rejected) == "已拒绝给 Cat 的提现 #1（¥20），金额退回其可提现余额。"
    assert chat.private(rejected) == {
        "cat": "你的提现 #1（¥20）被拒绝，金额已退回余额，你现在的可提现余额是 ¥44（我的收益）。"
        "\n收款账号 微信 ···8 照旧保留，下次提现仍打到这里。"
    }
    assert await _balance(factory, "cat", AccountKind.COMMISSION_AVAILABLE) == 4400


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # below the minimum too; the account is kept for later (no payout)
            "/payout 5 wechat w8",
            "You have no commission to pay out yet.\nI've kept WeChat ···8 as your payout account: "
            "once you have commission available, just send /payout.",
        ),
        ("/payout abc", "You have no commission to pay out yet."),  # nothing earned: not the usage
    ],
)
async def test_a_payout_that_cannot_be_made_changes_nothing(text: str, expected: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = _chat(factory)

    assert chat.said(await chat.say("cat", text, private=True)) == expected
    assert factory.state.payouts == {}

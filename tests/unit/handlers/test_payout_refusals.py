"""An admin's decision that cannot be taken on a payout is answered from where the payout stands: a
rejected one is over (its money went back; the member may ask again), a paid one cannot change, an
approved one waits to be paid; only a new request is told to be approved first."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.sharer_payout import sharer_asked


async def asked(factory: FakeUnitOfWorkFactory) -> Chat:
    """Ahua earned ¥44 sharing Amy's mangoes and asked for it (payout #1)."""
    chat = await sharer_asked(factory)
    return chat


async def test_a_rejected_payout_is_said_to_be_rejected_not_waiting_for_approval() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await asked(factory)
    await chat.say("guanli", "提现审核 拒绝 1", private=True)
    rejected = (
        "提现 #1（Ahua）已被拒绝，金额已退回其可提现余额，不能再批准、标记已付或拒绝。"
        "Ahua 可以重新发“提现”申请。没有任何改动。"
    )
    for typed in ("提现审核 已付 1", "提现审核 批准 1", "提现审核 拒绝 1"):
        answer = await chat.say("guanli", typed, private=True)
        assert chat.said(answer) == rejected and chat.private(answer) == {}
    menu = chat.said(await chat.say("guanli", "/payouts paid 1", private=True))
    assert menu == rejected  # no words of his: in the language he used before (s26)
    again = chat.said(await chat.say("ahua", "提现 微信 w8", private=True))
    assert again.startswith("已申请提现 #2")  # asked again


async def test_paid_and_approved_payouts_say_where_they_stand() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await asked(factory)
    early = chat.said(await chat.say("guanli", "提现审核 已付 1", private=True))
    assert early == "提现 #1 不能标记为已付：请先批准。没有任何改动。"  # a new request: approve first
    await chat.say("guanli", "提现审核 批准 1", private=True)
    again = chat.said(await chat.say("guanli", "提现审核 批准 1", private=True))
    assert again == "提现 #1 已经批准过了；付款后发“提现审核 已付 1”。没有任何改动。"
    await chat.say("guanli", "提现审核 已付 1", private=True)
    for typed in ("提现审核 已付 1", "提现审核 拒绝 1", "提现审核 批准 1"):
        assert chat.said(await chat.say("guanli", typed, private=True)) == (
            "提现 #1（Ahua）已经付款，不能再更改。没有任何改动。"
        )

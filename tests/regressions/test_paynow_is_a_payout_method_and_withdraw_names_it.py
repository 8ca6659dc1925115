"""rep39 #9: in private, `withdraw 5.60 paynow 91234567` was "I didn't understand that…" and `/payout 5.60
paynow 91234567` "…is not an amount to pay out": PayNow was no way to be paid. PayNow is now a payout
method as WeChat, Alipay and bank are (`提现 paynow 91234567` too), and `withdraw <amount> <method>
<account>` without a slash is `/payout`: with only pending commission, "Nothing is available … hold" (as
bare `withdraw` says), the account kept for later. PayNow is Singapore's: paid out in an SGD shop only
(rep69 #4; in a ¥ shop it is refused: test_a_payout_method_not_offered_is_refused_naming_those_that_are)."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat
from tests.unit.handlers.shared_durian import shared_durian

PENDING = (
    "Nothing is yours to withdraw yet. The S$5.60 held becomes yours as each buyer picks up, or at "
    "the end of a 7-day hold after payment; send /payout then. Nothing was requested."
)
# with no account kept nor named: the `/payout` to send then names one
PENDING_NO_ACCOUNT = PENDING.replace(
    "/payout then.", "/payout wechat your-WeChat-ID then (or alipay / bank / paynow and the account)."
)


async def _only_pending(factory: FakeUnitOfWorkFactory) -> Chat:
    """Cat shared Amy's lychees (10%) in an SGD shop: S$5.60 pending, nothing available."""
    room = fake_chat(factory, currency="SGD")
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 28 target 1")
    await room.say("amy", "/commission 10%")
    found = re.search(r"\d+-\w{4}", room.shared(await room.say("cat", "/share #1")))
    assert found is not None
    for buyer in ("bob", "dee"):
        await room.say(buyer, f"+1 {found.group(0)}", private=True)
    await room.say("amy", "/close")
    for order in factory.state.orders.values():
        await room.say("amy", f"/paid {order.number}")
    return room


@pytest.mark.parametrize("typed", ["withdraw 5.60 paynow 91234567", "/payout 5.60 paynow 91234567"])
async def test_a_paynow_payout_with_only_pending_commission_says_nothing_is_available(typed: str) -> None:
    factory = FakeUnitOfWorkFactory()
    room = await _only_pending(factory)
    assert room.said(await room.say("cat", "withdraw", private=True)) == PENDING_NO_ACCOUNT

    said = room.said(await room.say("cat", typed, private=True))

    assert said.startswith(PENDING + "\n"), said
    assert "PayNow ···4567" in said
    assert not factory.state.payouts
    assert factory.state.payout_destinations == {"cat": "paynow 91234567"}


@pytest.mark.parametrize(
    ("language", "typed", "told", "stored"),
    [
        ("en", "withdraw 44 PayNow 91234567", "Payout #1 of S$44 requested.", "PayNow 91234567"),
        ("en", "/payout paynow 91234567", "Payout #1 of S$88 requested.", "paynow 91234567"),
        ("zh", "提现 44 paynow 91234567", "已申请提现 #1：S$44", "paynow 91234567"),
    ],
)
async def test_a_paynow_payout_is_requested_to_that_account(
    language: str, typed: str, told: str, stored: str
) -> None:
    chat, factory = await shared_durian(language, sharer="yan", payout_minimum=10, currency="SGD")  # S$88

    said = chat.said(await chat.say("yan", typed, private=True))

    assert said.startswith(told) and "PayNow ···4567" in said, said  # named as every payout message names it
    assert [payout.destination for payout in factory.state.payouts.values()] == [stored]


async def test_withdraw_in_a_sentence_stays_talk() -> None:
    chat = fake_chat()
    for talk in ("withdraw from the bank", "can I withdraw 5 paynow?"):
        said = await chat.say("may", talk, private=True)
        assert "commission" not in chat.said(said), talk

"""Review 35, finding 11: May's private `withdraw` was "I didn't understand that." while `提现` alone
asked for her payout. `withdraw` (and `payout`) typed alone are now bare `/payout`; `withdraw all?`
and `can I withdraw` stay talk."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat
from tests.unit.handlers.shared_durian import shared_durian


@pytest.mark.parametrize("typed", ["withdraw", "Withdraw", "payout"])
async def test_withdraw_alone_is_a_payout_request(typed: str) -> None:
    chat, _ = await shared_durian("en", sharer="cat", payout_minimum=10)  # Cat: ¥88 available
    await chat.say("cat", "/payout 10 wechat w8", private=True)
    await chat.say("eve", "/payouts reject 1", private=True)

    answer = chat.said(await chat.say("cat", typed, private=True))

    assert answer.startswith("Payout #2 of ¥88 requested, to be paid to WeChat ···8"), answer


async def test_with_nothing_earned_it_says_so_as_bare_payout_does() -> None:
    chat = fake_chat()
    assert (
        chat.said(await chat.say("may", "withdraw", private=True)) == "You have no commission to pay out yet."
    )
    assert chat.said(await chat.say("may", "can I withdraw", private=True)) != (
        "You have no commission to pay out yet."
    )

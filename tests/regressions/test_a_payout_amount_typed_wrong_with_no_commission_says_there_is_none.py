"""Review 35, finding 11: May, who never earned anything, sent `/payout -5` and read the amount's usage
("…for everything available… at least ¥10. Your available balance is ¥0"), as if she had something to
withdraw. With no commission ever earned, an amount typed wrong now gets what bare `提现` says."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat
from tests.unit.handlers.shared_durian import shared_durian


@pytest.mark.parametrize(
    ("typed", "told"),
    [
        ("/payout -5", "You have no commission to pay out yet."),
        ("提现 -5", "你还没有可提现的佣金。"),
        ("提现 abc", "你还没有可提现的佣金。"),
    ],
)
async def test_a_payout_amount_typed_wrong_with_no_commission_says_there_is_none(
    typed: str, told: str
) -> None:
    chat = fake_chat()
    assert chat.said(await chat.say("may", typed, private=True)) == told


async def test_with_commission_it_still_gets_the_usage() -> None:
    chat, _ = await shared_durian("zh", sharer="cat", payout_minimum=10)
    answer = chat.said(await chat.say("cat", "提现 -5", private=True))
    assert answer.startswith("“-5”不是能提现的金额") and "你的可提现余额是 ¥88" in answer, answer

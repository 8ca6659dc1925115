"""Review 69, finding 1: in Mia's private chat `how much did I earn?` was answered with her own order,
and Lily's `how much have I earned so far?` with "name the group buy: /ask #1 how much"; only `my
earnings` gave her commission. Every plain question about what she earned (`what did I earn`, `my
commission?`, `我赚了多少`, `我的佣金有多少`) is now answered as `/earnings` is; a question about her
order (`how much do I owe?`, `how much was my order`) keeps its own answer."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.regressions.test_a_payout_of_everything_asks_for_all_that_is_available import _with_earnings


@pytest.mark.parametrize(
    ("typed", "command"),
    [
        ("how much did I earn?", "/earnings"),
        ("How much have I earned so far?", "/earnings"),
        ("what did I earn", "/earnings"),
        ("how much commission have I earned?", "/earnings"),
        ("what's my commission?", "/earnings"),
        ("my commission?", "/earnings"),
        ("我赚了多少", "我的收益"),
        ("我一共赚了多少钱？", "我的收益"),
        ("我的佣金有多少", "我的收益"),
        ("我有多少佣金", "我的收益"),
    ],
)
async def test_a_question_about_what_she_earned_is_answered_as_earnings_is(typed: str, command: str) -> None:
    room = await _with_earnings(FakeUnitOfWorkFactory())  # dan: ¥15.60 from bob's order, his to withdraw
    said = room.said(await room.say("dan", typed, private=True))

    # the command alone after it: in the language of her words just typed (s43-lang)
    expected = room.said(await room.say("dan", command, private=True))

    assert said == expected
    assert ("Yours to withdraw: ¥15.60" if command == "/earnings" else "可提现：¥15.60") in said


@pytest.mark.parametrize("typed", ["how much do I owe?", "how much was my order"])
async def test_a_question_about_her_order_keeps_its_answer(typed: str) -> None:
    room = await _with_earnings(FakeUnitOfWorkFactory())

    said = room.said(await room.say("bob", typed, private=True))

    assert "withdraw" not in said and "earn" not in said.lower(), said

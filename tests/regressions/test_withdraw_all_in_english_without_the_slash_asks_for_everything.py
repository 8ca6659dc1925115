"""dan, with commission available, typed `withdraw all` in his private chat (as `全部提现` works without
a slash) and was answered "I didn't understand…": only `/payout all` worked. The short English phrases,
the whole message only (`withdraw all`, `payout all`, `pay out everything`), now ask for the whole
available amount as `/payout all` does; a sentence or a question around them stays talk."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.regressions.test_a_payout_of_everything_asks_for_all_that_is_available import _with_earnings


@pytest.mark.parametrize(
    "typed", ["withdraw all", "Withdraw all!", "payout all", "pay out all", "withdraw everything"]
)
async def test_withdraw_all_in_english_asks_for_everything(typed: str) -> None:
    room = await _with_earnings(FakeUnitOfWorkFactory())
    # all of it, ¥15.60: asked where to pay it (rep26 finding 7), nothing requested before that
    said = room.said(await room.say("dan", typed, private=True))
    assert said.startswith("Say where to pay your ¥15.60: nothing was requested."), said
    assert "可提现：¥15.60" in room.said(await room.say("dan", "我的收益", private=True))


@pytest.mark.parametrize(
    "typed",
    ["withdraw all?", "can I withdraw all", "I will withdraw all tomorrow", "withdraw all the mangoes"],
)
async def test_a_sentence_about_withdrawing_all_stays_talk(typed: str) -> None:
    room = await _with_earnings(FakeUnitOfWorkFactory())
    asked = await room.say("dan", typed, private=True)
    assert not any(reply.text and reply.text.startswith("Payout #") for reply in asked)
    assert "可提现：¥15.60" in room.said(await room.say("dan", "我的收益", private=True))


async def test_withdraw_all_in_a_group_is_sent_to_the_private_chat_as_payout_all_is() -> None:
    room = await _with_earnings(FakeUnitOfWorkFactory())
    assert room.said(await room.say("dan", "withdraw all")) == (  # no account kept: the form naming one
        "Ask for a payout in a private chat with me: /payout wechat your-WeChat-ID (or alipay / bank and the "
        "account). Nothing was requested."
    )
    assert await room.say("dan", "we should withdraw all") == []  # talk

"""dan, with commission available, sent `提现 全部` (also `提现 所有`, `/payout all`) and was
answered with the usage "发「提现」提取全部可提现金额，或「提现 50」提取一部分。没有提交申请。":
the word for "all" read as an amount typed wrong. It now asks for the whole available amount, as
bare `提现` does."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _with_earnings(factory: FakeUnitOfWorkFactory) -> Chat:
    """dan brought bob to a ¥78 group buy at 20%, paid and picked up: ¥15.60 available."""
    room = fake_chat(factory)
    await room.say("amy", "接龙 海南贵妃芒 5斤 78 成团 1")
    await room.say("amy", "佣金 20%")
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say("dan", "分享 #1")))
    assert found is not None
    await room.say("bob", f"+1 {found.group(0)}", private=True)
    await room.say("amy", "截单 #1")
    await room.say("amy", "已收 1-1")
    await room.say("amy", "已取 1-1")
    assert "可提现：¥15.60" in room.said(await room.say("dan", "我的收益", private=True))
    return room


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("提现 全部 微信 w8", "已申请提现 #1：¥15.60。"),
        ("提现全部 微信 w8", "已申请提现 #1：¥15.60。"),
        ("提现 所有 微信 w8", "已申请提现 #1：¥15.60。"),
        ("/payout all wechat w8", "Payout #1 of ¥15.60 requested."),
    ],
)
async def test_a_payout_of_everything_asks_for_all_that_is_available(typed: str, said: str) -> None:
    factory = FakeUnitOfWorkFactory()
    room = await _with_earnings(factory)
    assert room.said(await room.say("dan", typed, private=True)).startswith(said)
    assert "可提现：¥0" in room.said(await room.say("dan", "我的收益", private=True))

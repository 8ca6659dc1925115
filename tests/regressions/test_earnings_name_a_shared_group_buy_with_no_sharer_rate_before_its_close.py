"""s24 item Y2.1: Ben shared #1, which has no sharer rate, Fin joined with his code, and before the close
Ben's `/earnings` still said "share a group buy's link, and you earn…"; after the close it named #1.
It now names the group buy as soon as a buyer his share brought is on its list."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

WORDS = {
    "en": {
        "none": "Nothing earned yet: the buyers your shares brought to Honey (#1) earn you nothing, as no "
        "sharer commission is set there. Only a group buy whose card says 💰 Share and earn pays you on "
        "what the friends you bring pay.",
        "promise": "share a group buy's link",
        "share_cmd": "/share",
        "earnings_cmd": "/earnings",
    },
    "zh": {
        "none": "还没有收益：Honey（#1）没有设分享佣金，你分享带来的买家在这里不给你记佣金。"
        "团卡上写着“💰 分享赚”的团，朋友通过你的分享付款后你才有佣金。",
        "promise": "分享团购链接",
        "share_cmd": "分享",
        "earnings_cmd": "我的收益",
    },
}


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_earnings_name_a_shared_group_buy_with_no_sharer_rate_before_its_close(language: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language=language)
    words = WORDS[language]
    await chat.say("amy", "/groupbuy Honey price 22 target 5")
    await chat.say("ben", words["share_cmd"])

    before = chat.said(await chat.say("ben", words["earnings_cmd"], private=True))
    assert words["none"] not in before  # nobody brought yet: the usual "share and earn"

    await chat.say("fin", f"+1 1-{factory.state.share_codes[(1, 'ben')]}")
    assert factory.state.group_buys[1].status.value == "open"
    earnings = chat.said(await chat.say("ben", words["earnings_cmd"], private=True))
    assert earnings.splitlines()[-1] == words["none"]
    assert words["promise"] not in earnings
    # Fin's own earnings are not concerned
    assert words["none"] not in chat.said(await chat.say("fin", words["earnings_cmd"], private=True))

"""rep29 item 15: Ben shared #13, which has no sharer rate (分享 commission), Fin joined with his code and
paid, and Ben's `/earnings` said "Nothing earned yet: share a group buy's link, and you earn on what the
friends it brings pay", untrue there. `/earnings` now names the shared group buys that pay sharers nothing
(beside what others earned him too), and `/share` on such a group buy says so (its organiser is told
nothing of it: she earns nothing on her own anyway)."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import fake_chat

WORDS = {
    "en": {
        "share": "Honey (#1) pays sharers no commission: friends who join with your link or code earn you "
        "nothing, unless its organiser sets a rate (its card then says 💰 Share and earn).",
        "none": "Nothing earned yet: the buyers your shares brought to Honey (#1) earn you nothing, as no "
        "sharer commission is set there. Only a group buy whose card says 💰 Share and earn pays you on "
        "what the friends you bring pay.",
        "also": "The buyers your shares brought to Honey (#1) earn you nothing: "
        "no sharer commission is set there.",
        "promise": "share a group buy's link",
        "share_cmd": "/share",
        "earnings_cmd": "/earnings",
    },
    "zh": {
        "share": "Honey（#1）没有设分享佣金：朋友用你的链接或分享码跟团，不给你记佣金；"
        "团长设了分享佣金后（团卡会显示“💰 分享赚”）才有。",
        "none": "还没有收益：Honey（#1）没有设分享佣金，你分享带来的买家在这里不给你记佣金。"
        "团卡上写着“💰 分享赚”的团，朋友通过你的分享付款后你才有佣金。",
        "also": "Honey（#1）没有设分享佣金：你分享带来的买家在这里不给你记佣金。",
        "promise": "分享团购链接",
        "share_cmd": "分享",
        "earnings_cmd": "我的收益",
    },
}


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_earnings_name_the_shared_group_buys_that_pay_no_sharer_commission(language: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language=language)
    words = WORDS[language]
    await chat.say("amy", "/groupbuy Honey price 22 target 1")

    shared = chat.shared(await chat.say("ben", words["share_cmd"]))
    assert shared.endswith(words["share"])
    assert words["share"] not in chat.said(
        await chat.say("amy", words["share_cmd"])
    )  # her own: nothing to say

    code = factory.state.share_codes[(1, "ben")]
    await chat.say("fin", f"+1 1-{code}")
    await chat.say("amy", "/close")
    assert factory.state.orders[1].sharer_id == "ben"
    await chat.say("amy", "/paid 1-1")

    earnings = chat.said(await chat.say("ben", words["earnings_cmd"], private=True))
    assert earnings.splitlines()[-1] == words["none"]
    assert words["promise"] not in earnings

    # commission earned elsewhere: listed, and Honey still named as paying nothing
    await chat.say("amy", "/groupbuy Tea price 50 target 1")
    await chat.say("amy", "/commission #2 10%")
    await chat.say("ben", words["share_cmd"] + " #2")
    await chat.say("gus", f"+1 2-{factory.state.share_codes[(2, 'ben')]}")
    await chat.say("amy", "/close #2")
    await chat.say("amy", "/paid 2-1")
    earnings = chat.said(await chat.say("ben", words["earnings_cmd"], private=True))
    assert words["also"] in earnings and "Tea" in earnings
    assert words["none"] not in earnings


async def test_a_help_seller_sharing_a_group_buy_with_no_sharer_rate_is_not_told_it_earns_nothing() -> None:
    _, office = await help_sold("接龙 芒果 价格 35 截止 2小时")  # Bob help-sells it in 公司群 at 10%
    shared = office.shared(await office.say("bob", "分享"))
    assert "团1-" in shared and "没有设分享佣金" not in shared  # his group's lines earn him 10%
    await office.say("cat", "+1")
    assert "没有设分享佣金" in office.shared(await office.say("cat", "分享"))  # Cat's share earns nothing

"""Review 79 #1: Ivy did everything in Chinese in a Chinese group with no `/lang` (`我要一份`, `提现 微信
ivy999` privately), typed `how much?` there once, and the admin's `/payouts approve 3`, typed privately,
reached her in English. A notice another's command sends her follows her steady language: her private
`/lang`, else her app's, else the group's; typed in private, the groups she was last seen in, their
`/lang`, else as their group buys' cards speak, before the words she last typed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {
    "zh": ("接龙 榴莲 价格 88", "我要一份", "截单", "已收 1-1", "已提货 1-1"),
    "en": ("/groupbuy Durian price 88", "count me in", "/close", "/paid 1-1", "/pickedup 1-1"),
}
APPROVED = {
    "zh": "你的提现 #1（¥44）已批准，很快到账。",
    "en": "Your payout #1 of ¥44 was approved; it will be paid soon.",
}


async def _asked(lang: str, last: str) -> Chat:
    """Amy's Durian (¥88) in a group with no `/lang`, on the playground (no app language told); Bob's
    order brought by Ivy at 50% (¥44), paid and picked up; Ivy asked for it privately, then typed `last`
    in the group."""
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en", payout_admins=frozenset({"boss"}), payout_minimum=1)
    chat.platform = "playground"
    opening, join, close, paid, picked = OPEN[lang]
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("ivy", join)
    await chat.say("amy", close)
    state = factory.state
    state.group_buys[1] = replace(state.group_buys[1], sharer_rate_bp=5000)
    state.orders[1].sharer_id = "ivy"
    await chat.say("amy", paid)
    await chat.say("amy", picked)
    asked = "提现 微信 ivy999" if lang == "zh" else "/withdraw wechat ivy999"
    await chat.say("ivy", asked, private=True)
    await chat.say("ivy", last)
    return chat


@pytest.mark.parametrize(("lang", "last"), [("zh", "how much?"), ("en", "多少钱？")])
async def test_one_line_in_the_other_language_leaves_her_payout_notices_in_her_groups(
    lang: str, last: str
) -> None:
    chat = await _asked(lang, last)

    approved = await chat.say("boss", "/payouts approve 1", private=True)

    assert chat.private(approved)["ivy"] == APPROVED[lang]


async def test_a_rejection_reaches_her_in_her_groups_language_too() -> None:
    chat = await _asked("zh", "how much?")

    rejected = chat.private(await chat.say("boss", "/payouts reject 1", private=True))["ivy"]

    assert rejected.startswith("你的提现 #1（¥44）被拒绝"), rejected

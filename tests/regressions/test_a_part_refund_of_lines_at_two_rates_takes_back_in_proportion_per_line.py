"""Dan's order holds a ¥75 line by Bob's share code (5%: ¥3.75) and a ¥40 line made in the group Bob
help-sells it in (10%: ¥4). A part refund names an amount, never lines (`退款 1-1 40 坏了`), so it cannot
say which line it is for; the rule (README, "The money") is proportional per line: each line's commission
gives back the refunded share of itself, so Bob keeps ¥7.75 × what is left ÷ ¥115, rounded down once
(¥5.05 after ¥40 back), never the highest-rate line first (which would leave him ¥3.75). Part refunds
adding up to the whole take back exactly the ¥7.75 a whole refund does, and every transaction balances."""

from __future__ import annotations

import re

import pytest

from commerce.domain.ledger import COMMISSION_KINDS, imbalance
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

EARNINGS = {
    "zh": ("我的收益", "#1-1 草莓（Dan）：¥5.05（部分退款扣回 ¥2.70）"),
    "en": ("/earnings", "¥5.05"),
}


async def _dans_order(factory: FakeUnitOfWorkFactory, lang: str) -> tuple[Chat, Chat]:
    zh = lang == "zh"
    family = fake_chat(factory, default_language=lang)
    office = Chat(family.app, chat_id="office", title="Office")
    opening = (
        "接龙 草莓 规格 大盒:75,小盒:40 成团 1 截止 2小时"
        if zh
        else "/groupbuy B options big:75,small:40 target 1 ends 2h"
    )
    for said in (opening, "佣金 5%" if zh else "/commission 5%", "帮卖 开 10%" if zh else "/helpsell on 10%"):
        await family.say("amy", said, language=lang)
    await office.say("bob", "帮卖 #1" if zh else "/helpsell #1", language=lang)
    shared = family.shared(await family.say("bob", "分享 #1" if zh else "/share #1", language=lang))
    found = re.search(r"(?:团)?\d+-[A-Z0-9]{4}\b", shared)
    assert found is not None
    await family.say("dan", f"+1 {found.group(0)} {'大盒' if zh else 'big'}", private=True, language=lang)
    await office.say("dan", "+1 小盒" if zh else "+1 small", language=lang)
    await family.say("amy", "截单" if zh else "/close", language=lang)
    await family.say("amy", "已收 1-1" if zh else "/paid 1-1", private=True, language=lang)
    return family, office


def _bobs(factory: FakeUnitOfWorkFactory) -> int:
    """What Bob's commission accounts hold, in minor units."""
    return sum(
        posting.amount
        for transaction in factory.state.ledger
        for posting in transaction.postings
        if posting.account.kind in COMMISSION_KINDS and posting.account.member.endswith("bob")
    )


def _balanced(factory: FakeUnitOfWorkFactory) -> bool:
    return all(not imbalance(transaction.postings) for transaction in factory.state.ledger)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_amount_gives_back_each_lines_commission_in_proportion(lang: str) -> None:
    factory = FakeUnitOfWorkFactory()
    family, office = await _dans_order(factory, lang)
    assert _bobs(factory) == 775  # ¥3.75 + ¥4

    await family.say("amy", "退款 1-1 40 坏了" if lang == "zh" else "/refund 1-1 40 bad", private=True)
    assert _bobs(factory) == 775 * 7500 // 11500 == 505  # not 375: the ¥4 line's commission first
    asked, said = EARNINGS[lang]
    earned = office.said(await office.say("bob", asked, private=True, language=lang))
    assert said in earned, earned

    await family.say("amy", "退款 1-1 35" if lang == "zh" else "/refund 1-1 35", private=True)
    assert _bobs(factory) == 775 * 4000 // 11500 == 269  # depends only on what is left
    await family.say("amy", "退款 1-1" if lang == "zh" else "/refund 1-1", private=True)
    assert _bobs(factory) == 0  # the parts took back the ¥7.75 one whole refund takes
    assert _balanced(factory)


async def test_one_whole_refund_takes_back_what_the_parts_do() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await _dans_order(factory, "en")
    await family.say("amy", "/refund 1-1", private=True)
    assert _bobs(factory) == 0
    assert _balanced(factory)

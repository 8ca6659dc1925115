"""Review 82 #10: `/helpsell #1 on 10%` sent again at the rate it already had answered `Help-selling is on:
a member of another group sends /helpsell #1 …`, as if just opened; and `/helpsell #1 on 12.345%` got the
generic usage text, not what was wrong with the rate. Now the first says it already pays that, nothing
changed (and nobody is told anything), the second what is wrong with the rate; both change nothing."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SAME = {
    "en": "Honey (#1) already pays help-sellers 10%: nothing was changed.",
    "zh": "Honey（#1）的帮卖佣金已经是 10%，没有任何改动。",
}
BAD = {
    "en": "“12.345%” is not a help-sell rate I can use: send a percentage with at most two decimals,"
    " e.g. /helpsell on 12.35%. Nothing was changed.",
    "zh": "“12.345%”不是能用的帮卖佣金比例：请写百分比，最多两位小数，例如「帮卖 开 12.35%」。没有任何改动。",
}


async def listed(lang: str) -> tuple[Chat, Chat]:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id, street.title = family.app, "street", "楼下群"
    family.admins, street.admins = {"amy"}, {"bob"}
    await family.say("amy", f"/lang {lang}")
    await street.say("bob", f"/lang {lang}")
    await family.say("amy", "/groupbuy Honey price 40")
    await family.say("amy", "/helpsell #1 on 10%")
    await street.say("bob", "/helpsell #1")
    return family, street


AGAIN = {"en": "/helpsell #1 on 10%", "zh": "帮卖 #1 开 10%"}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("private", [False, True])
async def test_the_same_rate_again_changes_nothing_and_says_so(lang: str, private: bool) -> None:
    family, _ = await listed(lang)

    replies = await family.say("amy", AGAIN[lang], private=private)

    assert [r.text for r in replies if r.text] == [SAME[lang]]  # nobody else told, no card edited
    assert not any(r.is_card for r in replies)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "/helpsell #1 on 12.345%"),
        ("en", "/helpsell on 12.345% #1"),
        ("zh", "帮卖 #1 开 12.345%"),
        ("zh", "帮卖 开12.345% #1"),
    ],
)
async def test_a_rate_with_three_decimals_is_told_what_is_wrong(lang: str, typed: str) -> None:
    family, _ = await listed(lang)

    replies = await family.say("amy", typed)

    assert Chat.said(replies) == BAD[lang]
    again = await family.say("amy", AGAIN[lang])
    assert Chat.said(again) == SAME[lang]  # still 10%

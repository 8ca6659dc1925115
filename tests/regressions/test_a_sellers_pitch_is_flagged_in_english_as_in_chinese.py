"""A player's finding: a note `私聊我更便宜` ("DM me, cheaper") was flagged ⚠️ 未验证 for review, but the
same pitch in English, `DM me for cheaper`, `PM me for a better price`, was not: the price pitch knew the
Chinese words only (and `PM me`, `inbox me`, `私我` were no contact at all). Either language is flagged
the same; a member giving the group a contact for a good reason (`DM me for the pickup address`) is not."""

from __future__ import annotations

import pytest

from commerce.domain import shill
from tests.unit.handlers.conftest import fake_chat


async def _card_head(typed: str) -> str:
    chat = fake_chat()
    await chat.say("amy", "接龙 面膜 价格 30")
    await chat.say("rex", typed)
    return (await chat.app.render_card(-1)).text.splitlines()[0]


@pytest.mark.parametrize(
    "typed",
    [
        "种草 #1 私聊我更便宜",
        "种草 #1 私我有优惠",
        "/note #1 DM me for cheaper",
        "/note #1 great masks, PM me for a better price",
        "/note #1 inbox me for a discount",
        "/note #1 cheaper if you buy from me, text me",
    ],
)
async def test_a_note_pitching_a_cheaper_price_through_its_writer_waits_for_review(typed: str) -> None:
    assert await _card_head(typed) == "笔记 #1 · Rex ⚠️ 未验证"


@pytest.mark.parametrize(
    "typed", ["/note #1 great masks, DM me for the pickup address", "种草 #1 很好用，自私我不推荐给别人"]
)
async def test_a_contact_for_a_good_reason_is_no_pitch(typed: str) -> None:
    assert await _card_head(typed) == "笔记 #1 · Rex"


@pytest.mark.parametrize("text", ["PM me", "inbox me", "私我"])
def test_the_everyday_ways_to_say_dm_me_are_a_contact(text: str) -> None:
    assert shill.contact(text) and not shill.price_pitch(text)


def test_selfish_is_no_dm() -> None:
    assert not shill.contact("自私我不喜欢")

"""Session 23 B 3: `撤销已收 @Nina` when Nina's only paid order was picked up already told the organiser
`Nina 在本群没有已收款的订单` (in private too, "本群" where there is no group), though Nina paid: the
order is picked up, so its payment cannot be undone. Now the name is answered as the order's number is
(`撤销已收 1-2`): that order, picked up, nothing changed; in private, one with nothing paid is said to
have none in her group buys. A picked-up order of another group (帮卖) is told to her privately."""

from __future__ import annotations

import pytest

from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 芒果 价格 30", "截单", "已收 1-1", "已取 1-1", "撤销已收 @Nina", "撤销已收 1-1"),
    "en": (
        "/groupbuy Mangoes price 30",
        "/close",
        "/paid 1-1",
        "/pickedup 1-1",
        "/unpaid @Nina",
        "/unpaid 1-1",
    ),
}
PICKED = {
    "zh": (
        "Nina 的订单 #1-1 已经取货（核销），不能再撤销已收，没有任何改动。",
        "订单 #1-1 已经取货（核销），不能再撤销已收，没有任何改动。",
    ),
    "en": (
        "Nina's order #1-1 was already picked up, so its payment cannot be undone: nothing was changed.",
        "Order #1-1 was already picked up, so its payment cannot be undone: nothing was changed.",
    ),
}


async def _picked_up(lang: str) -> Chat:
    opening, close, paid, pickedup, _, _ = WORDS[lang]
    room = fake_chat()
    await room.say("amy", opening)
    await room.say("nina", "+1", name="Nina")
    await room.say("amy", close)
    await room.say("amy", paid)
    await room.say("amy", pickedup)
    return room


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("private", [False, True])
async def test_undo_paid_by_name_says_her_order_was_picked_up(lang: str, private: bool) -> None:
    room = await _picked_up(lang)
    *_, by_name, by_number = WORDS[lang]
    named, numbered = PICKED[lang]

    assert room.said(await room.say("amy", by_name, private=private)) == named
    assert room.said(await room.say("amy", by_number, private=private)) == numbered
    listed = room.said(await room.say("amy", "名单 #1" if lang == "zh" else "/list #1", private=True))
    assert ("✅📦" in listed or "picked up" in listed) and ("⏳" not in listed)  # still paid, picked up


NONE_PRIVATE = {
    "zh": ("接龙 芒果 价格 30", "截单", "撤销已收 @Nina", "Nina 在你的团里没有已收款的订单，没有任何改动。"),
    "en": (
        "/groupbuy Mangoes price 30",
        "/close",
        "/unpaid @Nina",
        "Nina has no paid order in your group buys: nothing was changed.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_undo_paid_by_name_in_private_with_nothing_paid_says_her_group_buys(lang: str) -> None:
    opening, close, unpaid, told = NONE_PRIVATE[lang]
    room = fake_chat()
    await room.say("amy", opening)
    await room.say("nina", "+1", name="Nina")
    await room.say("amy", close)

    assert room.said(await room.say("amy", unpaid, private=True)) == told


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_undo_paid_by_name_of_another_groups_picked_up_order_is_told_privately(lang: str) -> None:
    opening, close, paid, pickedup, by_name, _ = WORDS[lang]
    family, office = two_groups(title="公司群" if lang == "zh" else "Office")
    await family.say("amy", opening)
    await office.say("amy", "帮卖 #1" if lang == "zh" else "/helpsell #1")
    await office.say("nina", "+1", name="Nina")
    await family.say("amy", close)
    await family.say("amy", paid)
    await family.say("amy", pickedup)

    replies = await family.say("amy", by_name)

    assert [reply.text for reply in replies if not reply.private_to] == []  # the group reads nothing of her
    assert family.private(replies) == {"amy": PICKED[lang][0]}
    assert office.said(await office.say("amy", by_name)) == PICKED[lang][0]  # in her group: said there

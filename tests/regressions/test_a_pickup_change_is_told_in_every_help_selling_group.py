"""A change of the pickup place or time (`自提 #1 北门`, `修改 #1 自提 …`) was never told in the groups
that help-sell (帮卖) the group buy: they got only a silent card edit, while a new deadline was posted
in every group. Now each group where it is listed hears the new pickup once, in its own language, as
its own group does (set in private, its own group hears it too); once closed, the groups with orders."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.types import Reply
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

OPEN = "接龙 荔枝 价格 10 成团 1 截止 今晚8点"  # 11-23 20:00 in Shanghai (the fake clock: 11-23 12:00)

# after the close, nobody paid: the buyer still to pay is told the pickup privately (rep55 #4)
NOBODY_PAID = "也已把自提私信告诉 1 位还没付款的买家，并提醒订单还要付款。"


async def _listed() -> tuple[Chat, Chat, Chat]:
    family, office = await help_sold(OPEN)
    club = Chat(family.app, chat_id="club")
    await club.say("cat", "/lang en")
    await club.say("cat", "/helpsell #1")
    return family, office, club


def _in_chats(replies: Sequence[Reply]) -> dict[str | None, list[str]]:
    told: dict[str | None, list[str]] = {}
    for reply in replies:
        if reply.text and not reply.private_to:
            told.setdefault(reply.chat_id, []).append(reply.text)
    return told


async def test_a_pickup_set_in_its_group_is_told_in_each_listing_group() -> None:
    family, _, _ = await _listed()

    told = _in_chats(await family.say("amy", "自提 #1 小区北门 明天下午3点"))

    assert told == {
        None: ["好的，荔枝（#1）的自提：小区北门 · 11月24日 周二 15:00"],
        "office": ["🛒 荔枝（#1）\n自提：小区北门 · 11月24日 周二 15:00"],
        "club": ["🛒 荔枝 (#1)\nPickup: 小区北门 · Tue 24 Nov 15:00"],
    }

    moved = _in_chats(await family.say("amy", "自提 #1 西门"))  # only the place: the time stays

    assert moved["office"] == [
        "🛒 荔枝（#1）\n自提改为 西门 · 11月24日 周二 15:00（原 小区北门 · 11月24日 周二 15:00）"
    ]
    assert moved["club"] == [
        "🛒 荔枝 (#1)\nPickup moved to 西门 · Tue 24 Nov 15:00 (was 小区北门 · Tue 24 Nov 15:00)"
    ]
    assert _in_chats(await family.say("amy", "自提 #1 西门")).keys() == {None}  # unchanged: nothing told


async def test_an_edited_pickup_is_told_in_each_listing_group_as_a_deadline_is() -> None:
    family, _, _ = await _listed()
    await family.say("amy", "自提 #1 南门")

    told = _in_chats(await family.say("amy", "修改 #1 自提 北门 明天下午3点"))

    assert told == {
        None: [
            "已修改 荔枝（#1）：自提 北门 · 11月24日 周二 15:00。也已告诉 公司群、另一个群。"
        ],  # the answer says it once
        "office": ["🛒 荔枝（#1）\n自提改为 北门 · 11月24日 周二 15:00（原 南门）"],
        "club": ["🛒 荔枝 (#1)\nPickup moved to 北门 · Tue 24 Nov 15:00 (was 南门)"],
    }


async def test_a_pickup_edited_in_private_is_told_in_every_group_once() -> None:
    family, _, _ = await _listed()
    await family.say("amy", "自提 #1 北门")

    told = _in_chats(await family.say("amy", "修改 #1 自提 东门", private=True))

    assert told == {
        None: ["已修改 荔枝（#1）：自提 东门。也已告诉 公司群、另一个群。"],
        "family": ["🛒 荔枝（#1）\n自提改为 东门（原 北门）"],  # typed in private: each group is told which
        "office": ["🛒 荔枝（#1）\n自提改为 东门（原 北门）"],
        "club": ["🛒 荔枝 (#1)\nPickup moved to 东门 (was 北门)"],
    }


async def test_after_the_close_the_groups_with_orders_hear_the_new_pickup() -> None:
    family, office, _ = await _listed()
    await office.say("dan", "+1")
    await family.say("amy", "截单")

    told = _in_chats(await family.say("amy", "自提 #1 北门 明天下午3点"))

    assert told == {  # the club sold nothing there: nobody to collect
        None: [f"好的，荔枝（#1）的自提：北门 · 11月24日 周二 15:00\n{NOBODY_PAID}"],
        "office": ["🛒 荔枝（#1）\n自提：北门 · 11月24日 周二 15:00"],
    }

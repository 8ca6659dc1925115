"""rep52 #4: `我的团` ended "谁付了款：在这里发 名单 #1" (#1 closed, Bob unpaid), but the organiser's bare
`名单` in the group opened #2, open with Cat on it; with several open with joins, the question which one left
the closed #1 out. Her bare `名单` (in the group and in private) now opens what her `我的团` names, as the
README says: the most recently closed one that still has open orders; with none such, her open one
with lines."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

SAID = {
    "zh": {
        "first": "接龙 榴莲 价格 30",
        "close": "截单 #1",
        "second": "接龙 芒果 价格 20",
        "mine": "我的团",
        "list": "名单",
        "footer": "谁付了款：在这里发 名单 #1 · 导出表格：导出 #1",
        "closed": "榴莲（#1）",
        "open": "芒果（#2）",
        "paid": "已收 1-1",
        "picked": "已提货 1-1",
    },
    "en": {
        "first": "/groupbuy Durian price 30",
        "close": "/close #1",
        "second": "/groupbuy Mangoes price 20",
        "mine": "/mine",
        "list": "/list",
        "footer": "Who paid: /list #1 here · as a spreadsheet: /export #1",
        "closed": "Durian (#1)",
        "open": "Mangoes (#2)",
        "paid": "/paid 1-1",
        "picked": "/pickedup 1-1",
    },
}


async def _closed_and_open(lang: str) -> Chat:
    said = SAID[lang]
    room = fake_chat(clock=FakeClock(), default_language=lang)
    await room.say("amy", said["first"])
    await room.say("bob", "+1")
    await room.say("amy", said["close"])  # #1: Bob's order unpaid
    await room.say("amy", said["second"])
    await room.say("cat", "+1 #2")  # #2: open, Cat on it
    return room


def _head(text: str) -> str:
    return text.splitlines()[0]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_bare_list_opens_the_one_her_mine_names(lang: str) -> None:
    said = SAID[lang]
    room = await _closed_and_open(lang)

    footer = room.said(await room.say("amy", said["mine"], private=True)).splitlines()[-1]
    in_group = _head(room.said(await room.say("amy", said["list"])))
    in_private = _head(room.said(await room.say("amy", said["list"], private=True)))

    assert footer == said["footer"]
    assert said["closed"] in in_group and said["open"] not in in_group
    assert said["closed"] in in_private and said["open"] not in in_private


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_once_its_orders_are_done_her_bare_list_opens_the_open_one(lang: str) -> None:
    said = SAID[lang]
    room = await _closed_and_open(lang)
    await room.say("amy", said["paid"])
    await room.say("amy", said["picked"])  # #1 done with

    in_group = _head(room.said(await room.say("amy", said["list"])))

    assert said["open"] in in_group and said["closed"] not in in_group

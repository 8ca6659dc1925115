"""Telegram may deliver a tap's update twice (same update_id, same callback query id). It was answered
twice (`answerCallbackQuery` with the same id), which real Telegram refuses (QUERY_ID_INVALID), so the
README's "not answered twice" was untrue; the fake Bot API now refuses it as well. A repeated tap, a Join
or a Share, changes nothing and is answered once, in zh and en.

The real `tuan run telegram` process against the fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.adapters.telegram.fake_api import QUERY_ID_INVALID, FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram

pytestmark = pytest.mark.e2e

GROUP = -1001234500
AMY = User(4001, "Amy", username="amy", language_code="zh")
TOM = User(4002, "Tom", language_code="en")
CAT = User(4003, "小猫", language_code="zh")


@pytest.fixture
async def tuan(api: FakeBotAPI, tmp_path: Path) -> AsyncIterator[TuanTelegram]:
    running = await TuanTelegram(tmp_path, api, TUAN_LANGUAGE="zh").start()
    yield running
    assert await running.stop() == 0, running.output()


def answers(api: FakeBotAPI, query_id: str) -> list[str]:
    return [
        str(call.params.get("text") or "")
        for call in api.calls
        if call.method == "answerCallbackQuery" and call.params.get("callback_query_id") == query_id
    ]


async def handled_since(api: FakeBotAPI) -> None:
    """Until the bot asked for updates three more times: what was pushed before has been handled."""
    polls = len(api.sent("getUpdates"))
    await api.wait_for(lambda: len(api.sent("getUpdates")) >= polls + 3)


def card_text(api: FakeBotAPI) -> str:
    found = api.join_card(GROUP)
    return api.messages[GROUP][found[0]].text if found else ""


async def test_a_join_and_a_share_tapped_once_but_delivered_twice_are_answered_once(
    api: FakeBotAPI, tuan: TuanTelegram
) -> None:
    api.push(api.message(GROUP, AMY, "接龙 大葱 价格 10 成团 3 截止 2小时"))
    card, join = await api.wait_for(lambda: api.join_card(GROUP))

    for member in (TOM, CAT):  # en and zh
        tap = api.push(api.tap(GROUP, member, card, join))
        api.push(tap)  # the same update, delivered again
        query_id = tap["callback_query"]["id"]
        await api.wait_for(lambda name=member.first_name: name in card_text(api))
        await api.wait_for(lambda query_id=query_id: answers(api, query_id))
        await handled_since(api)  # the repeat was handled too
        assert len(answers(api, query_id)) == 1, answers(api, query_id)
    assert "大葱" in answers(api, "cbq1")[0] and "大葱" in answers(api, "cbq2")[0]
    assert card_text(api).count("Tom") == 1 and card_text(api).count("小猫") == 1

    api.started.add(TOM.id)
    share = api.push(api.tap(GROUP, TOM, card, "gb:share:1"))
    api.push(share)
    await api.wait_for(lambda: api.sent("sendMessage", TOM.id))
    await handled_since(api)
    assert len(answers(api, share["callback_query"]["id"])) == 1
    assert len(api.sent("sendMessage", TOM.id)) == 1
    assert not [call for call in api.calls if call.description == QUERY_ID_INVALID]

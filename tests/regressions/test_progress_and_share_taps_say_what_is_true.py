"""Two taps whose toasts were untrue. Progress tapped on a card that already showed the latest toasted
"Updated" while nothing changed: it now says the card is up to date. Share tapped on the card of a group
buy that closed (a keyboard left from before) sent "Your own link … friends who open it … can join": it
now sends no link and toasts that the group buy has closed. In zh and en.

The real `tuan run telegram` process against the fake Bot API."""

from __future__ import annotations

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram

pytestmark = pytest.mark.e2e

EN_GROUP = -1001234500
ZH_GROUP = -1001234600
AMY = User(6001, "Amy", username="amy", language_code="en")
FAY = User(6002, "Fay", language_code="en")
CAT = User(6003, "小猫", language_code="zh")


def number(group: int) -> int:
    """The group buy opened in the group: #1 in the English one, #2 in the Chinese one."""
    return 1 if group == EN_GROUP else 2


def toast(api: FakeBotAPI, tap: dict[str, object]) -> str:
    query_id = tap["callback_query"]["id"]  # type: ignore[index]
    found = [
        str(call.params.get("text") or "")
        for call in api.sent("answerCallbackQuery")
        if call.params.get("callback_query_id") == query_id
    ]
    return found[0] if found else ""


async def test_progress_says_up_to_date_and_share_on_a_closed_card_says_it_closed(
    api: FakeBotAPI, tuan: TuanTelegram
) -> None:
    api.started.update({FAY.id, CAT.id})
    opened = {
        EN_GROUP: (FAY, "/groupbuy Leeks price 10 target 1 ends 2h", "/close"),
        ZH_GROUP: (CAT, "接龙 大葱 价格 10 成团 1 截止 2小时", "截单"),
    }
    cards = {}
    for group, (member, command, _) in opened.items():
        api.push(api.message(group, AMY, command))
        cards[group] = (await api.wait_for(lambda group=group: api.join_card(group)))[0]
        api.push(api.message(group, member, "+1"))

    progress = {
        group: api.push(api.tap(group, member, cards[group], f"gb:status:{number(group)}"))
        for group, (member, *_) in opened.items()
    }
    assert await api.wait_for(lambda: toast(api, progress[EN_GROUP])) == "The card is up to date."
    assert await api.wait_for(lambda: toast(api, progress[ZH_GROUP])) == "卡片已是最新的。"

    for group, (_, _, close) in opened.items():
        api.push(api.message(group, AMY, close))
        await api.wait_for(
            lambda group=group: "gb:join" not in str(api.messages[group][cards[group]].reply_markup)
        )
    shares = {
        group: api.push(api.tap(group, member, cards[group], f"gb:share:{number(group)}"))
        for group, (member, *_) in opened.items()
    }
    assert await api.wait_for(lambda: toast(api, shares[EN_GROUP])) == (
        "Leeks (#1) has closed and takes no more joins: there is no link to share."
    )
    assert await api.wait_for(lambda: toast(api, shares[ZH_GROUP])) == (
        "大葱（#2）已经截单了，不再接受跟团，没有可分享的链接。"
    )
    links = [call.params["text"] for call in api.sent("sendMessage") if "?start=" in str(call.params["text"])]
    assert not links, links

"""rep86 #12: Eve's orders were all cancelled (`/cancelorder 2-4`), yet `when can I pick up?`
answered with a group buy's pickup time, as if she had goods to collect. Now she is told (privately,
the group reading the usual one line) which of her orders were cancelled, so there is nothing for
her to pick up, and, when a round of the product is open, how to join it; in private the same, of
her orders in every group. A buyer with an order to collect, and a member with no order, are
answered as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPENINGS = {
    "zh": ("接龙 粽子 价格 68", "截单", "取消订单 1-1", "自提 #1 小区南门 明天下午5点"),
    "en": ("/groupbuy Dumplings price 68", "/close", "/cancelorder 1-1", "/pickup #1 gate 3 tomorrow 5pm"),
}
ASKED = {"zh": "什么时候取货", "en": "when can I pick up?"}
GROUP = {"zh": "Bob，已私信回复你。", "en": "Bob, I replied to you privately."}
HIS = {
    "zh": "你在这个群有 1 个订单已取消：#1-1（粽子），没有要取的货。",
    "en": "1 order of yours here was cancelled, so there is nothing for you to pick up: #1-1 (Dumplings).",
}
HIS_PRIVATELY = {
    "zh": "你有 1 个订单已取消：#1-1（粽子），没有要取的货。",
    "en": "1 order of yours was cancelled, so there is nothing for you to pick up: #1-1 (Dumplings).",
}
CAT = {
    "zh": "粽子（#1）取货：小区南门 · 11月24日 周二 17:00",
    "en": "Dumplings (#1) pickup: gate 3 · Tue 24 Nov 17:00",
}


async def _cancelled(lang: str) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening, close, cancel, pickup = OPENINGS[lang]
    for who, typed in (("amy", opening), ("bob", "+1"), ("cat", "+1"), ("amy", close), ("amy", cancel)):
        await room.say(who, typed)
    await room.say("amy", pickup)
    return room


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_buyer_whose_orders_were_cancelled_is_told_there_is_nothing_to_pick_up(lang: str) -> None:
    room = await _cancelled(lang)

    replies = await room.say("bob", ASKED[lang])
    assert room.said(replies) == GROUP[lang]
    assert room.private(replies) == {"bob": HIS[lang]}

    replies = await room.say("bob", ASKED[lang], private=True)
    assert room.said(replies) == HIS_PRIVATELY[lang]

    # Cat still holds her order: its pickup, as before
    assert room.said(await room.say("cat", ASKED[lang])).startswith(CAT[lang])


async def test_asked_of_the_bot_or_as_when_it_arrives_it_is_the_same() -> None:
    room = await _cancelled("zh")
    for asked in ("问 什么时候取货", "什么时候到"):
        replies = await room.say("bob", asked)
        assert room.said(replies) == GROUP["zh"]
        assert room.private(replies) == {"bob": HIS["zh"]}


async def test_with_a_round_of_the_product_open_she_is_told_how_to_join_it() -> None:
    room = await _cancelled("zh")
    await room.say("amy", "再开一团 #1")

    replies = await room.say("bob", "什么时候取货")
    assert room.private(replies) == {"bob": HIS["zh"] + "粽子（#2）正在接龙，想跟团发 +1 #2。"}
    said = room.said(await room.say("bob", "什么时候取货", private=True))
    assert said == HIS_PRIVATELY["zh"] + "粽子（#2）正在接龙，想跟团就在「family」发 +1 #2。"

    await room.say("bob", "+1 #2")  # on the new round: its pickup, as any buyer's
    said = room.said(await room.say("bob", "什么时候取货"))
    assert said == "粽子（#2）取货：小区南门 · 11月24日 周二 17:00"

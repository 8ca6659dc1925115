"""`tuan run telegram` as a real process against the fake Bot API server: a group buy from open to closed.

Members join by `+1` and by the Join button, Telegram delivers one message and one tap twice, a 429 from
the server is obeyed, and the organiser closes: the card's final text shows each member once, with the
right quantities, and what each member saw is what a person would see.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from handlers.config import DEV_PAYMENT_SECRET
from handlers.sharing import share_payload
from tests.adapters.telegram.fake_api import BOT_USERNAME, FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram

pytestmark = pytest.mark.e2e

GROUP = -100111
OTHER_GROUP = -100222
STALE_BUTTON = "This button is no longer valid."
AMY = User(1001, "Amy", username="amy", language_code="en")
BOB = User(1002, "Bob", language_code="en")
CAT = User(1003, "Cat", "Chen", language_code="en")
DAN = User(1004, "Dan", language_code="en")
ZOE = User(1005, "Zoe", language_code="en")  # an admin of the group who did not open the group buy


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


@pytest.fixture
async def tuan(api: FakeBotAPI, tmp_path: Path) -> AsyncIterator[TuanTelegram]:
    running = await TuanTelegram(tmp_path, api).start()
    yield running
    assert await running.stop() == 0, running.output()


def card_id(api: FakeBotAPI) -> int:
    """The message id of the group's card (the message with a Join button)."""
    for message in api.messages[GROUP].values():
        markup = message.reply_markup or {}
        datas = [b.get("callback_data") for row in markup.get("inline_keyboard", []) for b in row]
        if "gb:join:1" in datas:
            return message.message_id
    return 0


def card_text(api: FakeBotAPI) -> str:
    return api.messages[GROUP][card_id(api)].text


async def test_members_join_by_text_and_button_and_repeats_change_nothing(
    api: FakeBotAPI, tuan: TuanTelegram
) -> None:
    api.admins.add((GROUP, ZOE.id))
    api.push(api.message(GROUP, AMY, f"/groupbuy@{BOT_USERNAME} Mangoes price 88 target 3 ends 2h"))
    card = await api.wait_for(lambda: card_id(api))
    assert "Mangoes" in card_text(api)

    joined = api.push(api.message(GROUP, BOB, "+1"))
    api.push(joined)  # Telegram delivers the same update again
    await api.wait_for(lambda: "Bob" in card_text(api))

    tap = api.tap(GROUP, CAT, card, "gb:join:1")
    first = api.push(tap)
    api.push(first)  # the same tap, delivered twice
    await api.wait_for(lambda: "Cat Chen" in card_text(api))
    answered = await api.wait_for(lambda: api.sent("answerCallbackQuery"))
    assert "Mangoes" in answered[0].params["text"]

    api.push(api.message(GROUP, DAN, f"/join@{BOT_USERNAME} 2"))
    await api.wait_for(lambda: "Dan" in card_text(api))

    api.push(api.message(GROUP, BOB, "/close"))  # neither the organiser nor an admin
    await api.wait_for(lambda: any("Only the organiser (Amy)" in text for text in api.texts(GROUP)))
    assert "gb:join:1" in str(api.messages[GROUP][card].reply_markup)
    api.push(api.message(GROUP, ZOE, "/close"))
    await api.wait_for(lambda: "gb:join:1" not in str(api.messages[GROUP][card].reply_markup))

    final = api.messages[GROUP][card].text
    assert final.count("Bob") == 1 and final.count("Cat Chen") == 1 and final.count("Dan") == 1
    assert "4/3" in final  # Bob 1 + Cat 1 + Dan 2
    # Bob's `+1` says nothing the card does not: 👌 on his message (once), no "Bob is in" for the group;
    # Dan's join reached the target, which the group is told
    assert api.reactions == {(GROUP, joined["message"]["message_id"]): ["👌"]}
    assert not [text for text in api.texts(GROUP) if "Bob is in" in text], api.texts(GROUP)
    assert any("Dan is in: 2 × Mangoes (#1)" in text for text in api.texts(GROUP)), api.texts(GROUP)


async def test_a_429_is_obeyed_and_the_card_still_ends_right(api: FakeBotAPI, tuan: TuanTelegram) -> None:
    api.push(api.message(GROUP, AMY, "/groupbuy Pears price 10 target 5 ends 2h"))
    card = await api.wait_for(lambda: card_id(api))

    api.force_retry_after("editMessageText", seconds=2)
    for user in (BOB, CAT, DAN):
        api.push(api.tap(GROUP, user, card, "gb:join:1"))

    await api.wait_for(lambda: all(name in card_text(api) for name in ("Bob", "Cat Chen", "Dan")), within=30)
    assert api.too_many_requests == 1
    refused = next(c for c in api.calls if c.status == 429)
    retried = next(
        c for c in api.calls if c.method == "editMessageText" and c.at > refused.at and c.status == 200
    )
    assert retried.at - refused.at >= 2
    assert "3/5" in card_text(api)


async def test_share_sends_the_member_their_own_link_or_asks_them_to_start_the_bot(
    api: FakeBotAPI, tuan: TuanTelegram
) -> None:
    api.push(api.message(GROUP, AMY, "/groupbuy Plums price 5 target 2 ends 2h"))
    card = await api.wait_for(lambda: card_id(api))
    api.started.add(BOB.id)

    api.push(api.tap(GROUP, BOB, card, "gb:share:1"))
    link = await api.wait_for(lambda: [t for t in api.texts(BOB.id) if "?start=" in t])
    payload = share_payload(1, str(BOB.id), DEV_PAYMENT_SECRET)  # signed, Bob named inside the signature
    assert payload.startswith(f"gb1-u{BOB.id}-")
    assert f"https://t.me/{BOT_USERNAME}?start={payload}" in link[0]

    api.started.add(DAN.id)  # the Share button of #1 tapped in another group: no link to it
    api.push(api.tap(OTHER_GROUP, DAN, 1, "gb:share:1"))
    await api.wait_for(
        lambda: [c for c in api.sent("answerCallbackQuery") if c.params.get("text") == STALE_BUTTON]
    )
    assert not [t for t in api.texts(DAN.id) if "?start=" in t]

    api.push(api.tap(GROUP, CAT, card, "gb:share:1"))  # Cat never started the bot
    alerts = await api.wait_for(
        lambda: [c for c in api.sent("answerCallbackQuery") if c.params.get("show_alert") in ("true", True)]
    )
    assert f"@{BOT_USERNAME}" in alerts[0].params["text"] and "Start" in alerts[0].params["text"]


async def test_start_with_a_link_opens_the_group_buy_in_private(api: FakeBotAPI, tuan: TuanTelegram) -> None:
    api.push(api.message(GROUP, AMY, "/groupbuy Figs price 9 target 2 ends 2h"))
    await api.wait_for(lambda: card_id(api))
    api.started.add(DAN.id)

    api.push(api.message(DAN.id, DAN, f"/start gb1-u{AMY.id}"))  # not signed: nothing of #1 shown
    await api.wait_for(lambda: [t for t in api.texts(DAN.id) if t.startswith("This link is not one I gave")])
    api.push(api.message(DAN.id, DAN, "/join #1 3"))
    await api.wait_for(lambda: [t for t in api.texts(DAN.id) if "can't act on group buy #1" in t])
    assert "Dan" not in card_text(api)

    api.push(api.message(DAN.id, DAN, f"/start {share_payload(1, str(AMY.id), DEV_PAYMENT_SECRET)}"))
    shown = await api.wait_for(lambda: [m for m in api.messages[DAN.id].values() if "Figs" in m.text])
    markup = shown[0].reply_markup or {}
    datas = [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]
    assert datas[0].startswith("gp:join:1:") and "gb:join:1" not in datas  # signed for Dan
    api.push(api.tap(DAN.id, DAN, shown[0].message_id, datas[0]))
    await api.wait_for(lambda: "Dan" in card_text(api))  # the group's card lists him
    api.assert_nothing_refused()


async def test_after_a_restart_the_deadline_closes_the_same_card_and_members_are_asked_to_start_the_bot(
    api: FakeBotAPI, tmp_path: Path
) -> None:
    first = await TuanTelegram(tmp_path, api).start()
    try:
        api.push(api.message(GROUP, AMY, "/groupbuy Kiwis price 12 target 2 ends 2h"))
        card = await api.wait_for(lambda: card_id(api))
        api.push(api.tap(GROUP, BOB, card, "gb:join:1"))
        api.push(api.tap(GROUP, CAT, card, "gb:join:1"))
        await api.wait_for(lambda: "Cat Chen" in card_text(api))
    finally:
        assert await first.stop() == 0, first.output()
    api.started.add(BOB.id)  # Bob opened the bot; Cat never did

    later = await TuanTelegram(tmp_path, api, TUAN_CLOCK_OFFSET_SECONDS=str(3 * 3600)).start()
    try:
        await api.wait_for(lambda: "gb:join:1" not in str(api.messages[GROUP][card].reply_markup), within=40)
        asked = "Cat Chen, I can't write to you"
        note = await api.wait_for(lambda: [text for text in api.texts(GROUP) if asked in text])
        await api.wait_for(lambda: [t for t in api.texts(BOB.id) if "Kiwis" in t])
    finally:
        assert await later.stop() == 0, later.output()

    final = api.messages[GROUP][card].text
    assert "Kiwis" in final and "2/2" in final and "Bob" in final and "Cat Chen" in final
    posted = api.sent("sendMessage", GROUP)
    cards_posted = [c for c in posted if "gb:join:1" in str(c.params.get("reply_markup"))]
    assert len(cards_posted) == 1  # the restarted bot edited the card it had posted
    assert len(note) == 1 and f"@{BOT_USERNAME}" in note[0]

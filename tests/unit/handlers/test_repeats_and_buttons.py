"""Every update may arrive twice and people tap buttons three times: the same answer, nothing done twice."""

from __future__ import annotations

import logging

import pytest

from commerce.domain.events import Event, Joined
from handlers import answers, group_buys, registry
from handlers.context import Context
from handlers.memo import LanguageMemo
from handlers.types import Button, Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


async def test_a_repeated_update_gets_the_same_answer_and_joins_once(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory, events: list[Event]
) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 tiers 3:78 target 5", update_id="1")
    first = await chat.say("bob", "+2", update_id="2")
    joined = [e for e in events if isinstance(e, Joined)]

    again = await chat.say("bob", "+2", update_id="2")

    assert again == first
    assert chat.said(again) == "Bob is in: 2 × Mangoes (#1). Now ¥88 each — 1 more for ¥78."
    assert uow_factory.state.group_buys[1].sold == 2
    assert [e for e in events if isinstance(e, Joined)] == joined  # no event for the repeat
    assert chat.said(await chat.say("bob", "+2", update_id="3")) == (
        "Bob is in: 2 more, now 4 × Mangoes in all (#1). Now ¥78 each."
    )


async def test_a_repeated_refusal_is_refused_the_same_way(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 stock 2")
    await chat.say("bob", "+2")
    refused = await chat.say("cat", "+1", update_id="7")
    await chat.say("bob", "-2")  # stock is back, but update 7 was answered already

    again = await chat.say("cat", "+1", update_id="7")

    assert again == refused
    assert chat.said(again) == (
        "Cat: Sorry, Mangoes is sold out. To wait for it, send /waitlist 1: "
        "whatever comes free goes to the first in line whose quantity fits."
    )
    assert "Cat" not in await chat.card(1)


async def test_the_same_update_id_in_another_chat_is_another_update(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 5")
    other = Chat(chat.app, chat_id="neighbours")
    await other.say("amy", "/groupbuy Plums price 30 target 5")

    await chat.say("bob", "+1", update_id="9")
    await other.say("bob", "+1", update_id="9")

    assert "1. Bob ×1" in await chat.card(1)
    assert "1. Bob ×1" in await other.card(2)


async def test_tapping_join_three_times_joins_once(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 5")
    await chat.tap("bob", "gb:join:1", update_id="cb1")

    again = [await chat.tap("bob", "gb:join:1", update_id=f"cb{n}") for n in (2, 3)]

    assert [chat.toast(replies) for replies in again] == [
        "You're already in: 1 × Mangoes. To add one more, send +1."
    ] * 2
    assert [chat.cards(replies) for replies in again] == [[], []]
    assert "1. Bob ×1" in await chat.card(1)


@pytest.mark.parametrize(
    ("zero", "answer"),
    [
        ("+0", "0 is not a quantity I can take (1 to 999). Example: +2"),
        ("/join 0", "0 is not a quantity I can take (1 to 999). Example: +2"),
        ("加0", "0 不是有效的数量（1 到 999）。例如：+2"),
    ],
)
async def test_joining_zero_is_refused(chat: Chat, zero: str, answer: str) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 5")

    assert chat.said(await chat.say("bob", zero)) == answer
    assert "Bob" not in await chat.card(1)


async def test_taps_answer_with_a_toast_and_update_the_card(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 5")

    join = await chat.tap("bob", "gb:join:1", update_id="cb1")
    assert (chat.toast(join), chat.cards(join)) == ("You're in: 1 × Mangoes", [(1, False)])
    assert chat.toast(await chat.tap("bob", "gb:more:1", update_id="cb2")) == "You're in: 2 × Mangoes"
    assert (
        chat.toast(await chat.tap("bob", "gb:more:1", update_id="cb2")) == "You're in: 2 × Mangoes"
    )  # repeat
    assert "1. Bob ×2" in await chat.card(1)
    assert chat.toast(await chat.tap("bob", "gb:status:1")) == "The card is up to date."
    lowered = chat.toast(await chat.tap("bob", "gb:leave:1"))  # Leave takes one a tap
    assert lowered == "Took 1 off: you now have 1 × Mangoes. To leave altogether, send /leave."
    assert chat.toast(await chat.tap("bob", "gb:leave:1")) == "You left Mangoes"
    assert chat.toast(await chat.tap("bob", "gb:leave:1")) == (
        "You are not on the list of Mangoes (#1), so there is nothing to leave. Nothing was changed."
    )
    assert "Bob" not in await chat.card(1)


@pytest.mark.parametrize("data", ["gb:join:99", "gb:explode:1", "something-else", ""])
async def test_stale_or_unknown_buttons_say_they_are_no_longer_valid(chat: Chat, data: str) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 5")
    await chat.say("amy", "/lang en")

    replies = await chat.tap("bob", data)

    assert replies == [Reply(toast="This button is no longer valid.", language="en")]


async def test_a_tap_on_a_closed_group_buy_refreshes_its_card(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 5")
    await chat.say("amy", "/cancel")

    replies = await chat.tap("bob", "gb:join:1")

    assert chat.toast(replies) == ("Group buy #1 (Mangoes) was cancelled: nothing was changed.")
    assert chat.cards(replies) == [(1, False)]


async def test_card_buttons_only_while_open_and_their_data_is_compact(chat: Chat) -> None:
    await chat.say("amy", "接龙 芒果 价格 88 成团 1")
    card = await chat.app.render_card(1)
    labels = [[(b.label, b.data) for b in row] for row in card.buttons]
    assert labels == [
        [("跟团", "gb:join:1"), ("再来一份", "gb:more:1"), ("退出", "gb:leave:1")],
        [("查看进度", "gb:status:1")],
    ]
    assert (card.card_of, card.chat_id, card.extra) == (1, "family", {"status": "open"})

    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    closed = await chat.app.render_card(1)
    assert (closed.buttons, closed.extra) == ((), {"status": "succeeded"})


async def test_an_unexpected_failure_changes_nothing_and_says_so(
    chat: Chat,
    uow_factory: FakeUnitOfWorkFactory,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 5")

    async def broken(ctx: Context) -> list[Reply]:
        await group_buys.join(ctx)
        raise RuntimeError("the disk is on fire")

    monkeypatch.setitem(registry.HANDLERS, "join", broken)
    with caplog.at_level(logging.ERROR, logger="handlers.app"):
        replies = await chat.say("bob", "/join", update_id="5")

    assert (
        chat.said(replies) == "Sorry, something went wrong on my side. Nothing was changed; please try again."
    )
    assert uow_factory.state.group_buys[1].sold == 0
    assert "the disk is on fire" in caplog.text

    monkeypatch.undo()
    retried = await chat.say("bob", "/join", update_id="5")  # not remembered: a retry really runs
    assert chat.said(retried) == "Bob is in: 1 × Mangoes (#1). Now ¥88 each."


def test_saved_answers_come_back_exactly() -> None:
    replies = [
        Reply(text="Bob is in", language="en"),
        Reply(card_of=3, new_card=True, chat_id="family"),
        Reply(toast="ok", private_to="bob", mention=("bob",), extra={"status": "open"}),
        Reply(text="card", buttons=((Button("Join", "gb:join:3"), Button("Leave", "gb:leave:3")),)),
    ]
    assert answers.loads(answers.dumps(replies)) == replies
    assert answers.loads(None) == answers.loads("") == []


def test_a_chats_language_setting_is_remembered_for_a_short_while() -> None:
    now = [0.0]
    memo = LanguageMemo(ttl=60, monotonic=lambda: now[0])
    assert memo.setting("family") == (False, None)
    memo.remember_setting("family", "en")
    now[0] = 60
    assert memo.setting("family") == (True, "en")
    now[0] = 61
    assert memo.setting("family") == (False, None)

"""One member cannot make the bot flood a group: at most five commands a minute are answered there (ten
look-ups and fifteen joins or leaves, counted apart); the sixth gets "slow down" and is not done, each
later one that minute a private line naming it and a toast, only the member sees (thirty, then nothing:
a script). Private chats, chatter and taps answered by a toast never
count; a minute later the member is answered again."""

from __future__ import annotations

import logging

import pytest

from handlers import outbox
from handlers.texts import t
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = "/groupbuy Plums price 10 target 3 ends 2h"
REFUSED = "/wait"  # a command that changes something, refused here: nothing open to wait for
NOTHING_OPEN = "There is no open group buy in this chat. Start one: /groupbuy Mangoes price 88"
AGAIN = "Not done: “/wait”. Too many commands from you this minute; send it again in {} seconds."


def limited(**config: object) -> tuple[Chat, FakeClock, FakeUnitOfWorkFactory]:
    """A chat whose ChatApp counts commands in this process's memory, as a bot without Redis does."""
    clock, factory = FakeClock(), FakeUnitOfWorkFactory()
    config = {"default_language": "en", **config}
    chat = fake_chat(factory, clock=clock, counters=MemorySharedState().counters, **config)
    return chat, clock, factory


async def test_the_sixth_command_in_a_minute_is_told_to_slow_down_the_next_thirty_in_words() -> None:
    chat, clock, _ = limited()
    answered = [chat.said(await chat.say("bob", REFUSED)) for _ in range(5)]
    assert answered == [NOTHING_OPEN] * 5

    clock.advance(seconds=20)  # 12:00:20: the minute ends in 40 s
    sixth = await chat.say("bob", REFUSED)
    assert chat.said(sixth) == (
        "Bob, slow down: I take at most 5 commands a minute from each member here, so I did not do “/wait”. "
        "Try again in 40 seconds."
    )
    later = [await chat.say("bob", REFUSED) for _ in range(40)]
    assert [chat.toast(replies) for replies in later[:30]] == [AGAIN.format(40)] * 30
    assert [chat.private(replies) for replies in later[:30]] == [{"bob": AGAIN.format(40)}] * 30
    assert all(not reply.text for replies in later for reply in replies if not reply.private_to)  # the chat
    assert later[30:] == [[]] * 10  # 46 commands in a minute: a script

    clock.advance(seconds=40)  # the next minute
    assert chat.said(await chat.say("bob", REFUSED)) == NOTHING_OPEN


async def test_look_ups_count_apart_up_to_ten_a_minute() -> None:
    chat, _, _ = limited()
    looked = [chat.said(await chat.say("bob", "/help")) for _ in range(10)]
    assert looked == [t("en", "help")] * 10
    assert chat.said(await chat.say("bob", "/help")) == (
        "Bob, slow down: I answer at most 10 look-ups (/status, /list, /mine…) a minute from each member "
        "here, so I did not answer “/help”. Try again in 60 seconds."
    )
    assert chat.said(await chat.say("bob", REFUSED)) == NOTHING_OPEN  # her five commands are untouched


async def test_the_slow_down_is_in_the_members_language_and_says_one_second_in_english() -> None:
    chat, clock, _ = limited()
    for _ in range(5):
        await chat.say("bob", "候补")
    clock.advance(seconds=59)
    assert chat.said(await chat.say("bob", "候补")) == (
        "Bob，请慢一点：群里每人每分钟最多 5 条指令，刚才的“候补”没有执行。请 1 秒后再试。"
    )
    later = await chat.say("bob", "候补")
    assert chat.toast(later) == "没有执行：“候补”。这一分钟你发的指令太多了，请 1 秒后再发一次。"
    assert chat.private(later) == {"bob": chat.toast(later)}
    clock.advance(seconds=1)  # 12:01:00, a new minute
    for _ in range(5):
        await chat.say("bob", REFUSED)
    clock.advance(seconds=59)
    assert chat.said(await chat.say("bob", REFUSED)).endswith("Try again in 1 second.")
    assert (
        chat.toast(await chat.say("bob", REFUSED))
        == "Not done: “/wait”. Too many commands from you this minute; send it again in 1 second."
    )


async def test_other_members_and_other_chats_are_answered_while_one_member_is_slowed() -> None:
    chat, _, _ = limited()
    for _ in range(7):
        await chat.say("bob", REFUSED)
    assert chat.said(await chat.say("amy", "/help")) == t("en", "help")
    elsewhere = Chat(chat.app, chat_id="neighbours")
    assert elsewhere.said(await elsewhere.say("bob", "/help")) == t("en", "help")


async def test_a_private_chat_and_chatter_never_count() -> None:
    chat, _, _ = limited()
    for _ in range(30):
        assert await chat.say("bob", "nice weather today") == []  # chatter: not for the bot
    private = [chat.said(await chat.say("bob", "/help", private=True)) for _ in range(30)]
    assert len(private) == 30 and set(private) == {private[0]}  # in private: its private first line
    assert private[0].split("\n")[1:] == t("en", "help").split("\n")[1:]
    assert chat.said(await chat.say("bob", "/help")) == t("en", "help")  # the group count is untouched


async def test_taps_answered_by_a_toast_never_count() -> None:
    chat, _, _ = limited()
    await chat.say("amy", OPEN)
    toasts = [chat.toast(await chat.tap("bob", "gb:status:1")) for _ in range(30)]
    assert toasts == [t("en", "toast_status")] * 30
    assert chat.said(await chat.say("bob", "/help")) == t("en", "help")


async def test_where_a_taps_answer_is_said_in_the_chat_taps_count() -> None:
    """WeChat has no toasts: a tap (a typed `2`) is answered with a message in the room, so it counts; a
    later one over the limit is told in a private line, not in the room."""
    chat, _, _ = limited(outbox_toasts=True)
    await chat.say("amy", OPEN)
    for _ in range(10):  # the card's status: a look-up
        chat.toast(await chat.tap("bob", "gb:status:1"))
    eleventh = await chat.tap("bob", "gb:status:1")
    assert chat.said(eleventh).startswith("Bob, slow down: I answer at most 10 look-ups")
    assert chat.cards(eleventh) == []
    [later] = await chat.tap("bob", "gb:status:1")
    assert (later.private_to, later.toast) == ("bob", None)
    assert later.text.startswith("Not done: “") and later.text.endswith("send it again in 60 seconds.")


async def test_an_over_limit_join_does_not_join_and_a_minute_later_it_does() -> None:
    chat, clock, factory = limited()
    await chat.say("amy", OPEN)
    for _ in range(15):
        await chat.say("bob", "+1 #9")  # refused: there is no #9
    before = await chat.card()

    told = await chat.say("bob", "+1")
    assert chat.said(told).startswith("Bob, slow down: I take at most 15 joins and leaves (+1, -1) a minute")
    assert chat.cards(told) == []
    again = "Not done: “{}”. Too many commands from you this minute; send it again in 60 seconds."
    assert chat.private(await chat.say("bob", "+1")) == {"bob": again.format("+1")}
    assert chat.toast(await chat.say("bob", "+9999")) == again.format("+9999")
    assert await chat.card() == before
    assert factory.state.group_buys[1].sold == 0

    clock.advance(minutes=1)
    joined = await chat.say("bob", "+1")
    assert chat.said(joined) == "Bob is in: 1 × Plums (#1). Now ¥10 each."
    assert factory.state.group_buys[1].sold == 1


async def test_a_flood_of_joins_stops_at_the_limit() -> None:
    chat, _, factory = limited()
    chat.said(await chat.say("amy", OPEN + " limit 900"))
    answers = [await chat.say("bob", "+99") for _ in range(300)]
    assert sum(1 for replies in answers if replies) == 46  # 15 joins, one "slow down", 30 private lines
    assert sum(1 for replies in answers for reply in replies if reply.text and not reply.private_to) == 16
    assert chat.said(answers[8]) == "Bob is in: 99 more, now 891 × Plums in all (#1). Now ¥10 each."
    assert chat.said(answers[9]).startswith("Sorry, Plums is limited to 900 per person")
    assert chat.said(answers[15]).startswith("Bob, slow down:")
    assert factory.state.group_buys[1].sold == 891


async def test_the_slow_down_goes_out_through_the_outbox_once() -> None:
    chat, _, factory = limited(outbox_platform="telegram")
    for _ in range(5):
        await chat.say("bob", REFUSED)
    written = len(factory.state.outbox)
    told = await chat.say("bob", REFUSED)
    for _ in range(2):  # their toasts are not rows (Telegram has none for a typed message): their words are
        await chat.say("bob", REFUSED)
    rows = factory.state.outbox[written:]
    said = [(outbox.delivery(row).reply.private_to, outbox.delivery(row).reply.text) for row in rows]
    assert said == [(None, chat.said(told)), ("bob", AGAIN.format(60)), ("bob", AGAIN.format(60))]


async def test_a_limit_of_zero_or_no_counters_is_no_limit() -> None:
    unlimited, _, _ = limited(commands_per_minute=0)
    uncounted = fake_chat(default_language="en")
    for chat in (unlimited, uncounted):
        answers = [chat.said(await chat.say("bob", "/help")) for _ in range(20)]
        assert answers == [t("en", "help")] * 20


async def test_a_setting_of_two_slows_the_third() -> None:
    chat, _, _ = limited(commands_per_minute=2)
    await chat.say("bob", REFUSED)
    await chat.say("bob", REFUSED)
    assert chat.said(await chat.say("bob", REFUSED)).startswith(
        "Bob, slow down: I take at most 2 commands a minute from each member here"
    )


async def test_the_organisers_setting_holds_all_her_commands_and_zero_lets_them_all_through() -> None:
    chat, _, _ = limited(commands_per_minute=2, organiser_commands_per_minute=6)
    await chat.say("amy", OPEN)
    answers = [await chat.say("amy", "/list") for _ in range(8)]  # `/groupbuy` counts apart: a command
    assert [any(not reply.private_to and reply.text for reply in replies) for replies in answers] == [
        *[True] * 7,
        False,
    ]
    assert chat.toast(answers[7]) == AGAIN.replace("/wait", "/list").format(60)  # over after her "slow down"
    assert chat.said(answers[6]).startswith(
        "Amy, slow down: I take at most 6 commands managing group buys a minute from each member here"
    )
    helped = AGAIN.replace("/wait", "/help").format(60)
    assert chat.toast(await chat.say("amy", "/help")) == helped  # any command of hers: her rate

    unlimited, _, _ = limited(commands_per_minute=2, organiser_commands_per_minute=0)
    await unlimited.say("amy", OPEN)
    listed = [unlimited.said(await unlimited.say("amy", "/list")) for _ in range(40)]
    assert set(listed) == {"📋 Nobody is on the list of Plums (#1) yet."}
    for _ in range(4):  # his look-ups: twice the member's two
        assert unlimited.said(await unlimited.say("bob", "/list")) == listed[0]
    assert unlimited.said(await unlimited.say("bob", "/list")).startswith("Bob, slow down")


class BrokenCounters:
    async def incr(self, key: str, by: int = 1, *, ttl: float) -> int:
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    async def value(self, key: str) -> int:
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")


async def test_without_its_counters_the_bot_still_answers_and_says_so_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    chat = fake_chat(counters=BrokenCounters(), default_language="en")
    with caplog.at_level(logging.WARNING, logger="handlers.rate_limit"):
        answers = [chat.said(await chat.say("bob", "/help")) for _ in range(10)]
    assert answers == [t("en", "help")] * 10
    warnings = [r.getMessage() for r in caplog.records if r.name == "handlers.rate_limit"]
    assert len(warnings) == 1 and "command limit not applied" in warnings[0]


async def test_a_later_one_delivered_again_gets_its_note_again_and_a_quiet_one_stays_quiet() -> None:
    chat, _, _ = limited()
    for n in range(6):  # five refusals and the "slow down"
        await chat.say("bob", REFUSED, update_id=str(n))
    noted = [chat.private(await chat.say("bob", REFUSED, update_id=str(n))) for n in range(6, 36)]
    assert noted == [{"bob": AGAIN.format(60)}] * 30
    assert await chat.say("bob", REFUSED, update_id="36") == []  # a script's: nothing
    assert chat.toast(await chat.say("bob", REFUSED, update_id="9")) == AGAIN.format(60)  # the same note
    assert await chat.say("bob", REFUSED, update_id="36") == []
    assert chat.said(await chat.say("bob", REFUSED, update_id="5")).startswith("Bob, slow down")

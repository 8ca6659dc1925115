"""33 fuzzed replies exceeded Telegram's 4,096 characters (an unknown command echoing a 5,000-character
word, a card whose list or head grew without bound), and Telegram refuses those: the message is lost.
Every reply now fits (UTF-16 units, an emoji counting two): a long text is several messages, a card is
folded, a toast is cut to 200; both what the ChatApp answers and what it writes to the outbox."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commerce.domain.group_buy import Participant
from handlers.fit import TEXT_LIMIT, TOAST_LIMIT, units
from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

FUZZED = [
    "/grupbuy" + "x" * 5000,  # "Unknown command /grupbuyxxxx…"
    "/grupbuy " + "芒" * 5000,
    "/groupbuy " + "芒果" * 2000 + " price 10",  # a 4,000-character title
    "接龙 " + "🥭" * 4000 + " 价格 10",
    "+" + "⑳" * 4095,
    "/status #" + "9" * 5000,
    "/list #" + "1" * 5000,
    "/join #1 " + "9" * 5000,
    "+1 " + "备注" * 3000,
    "+1 for " + "x" * 5000,
    "/payment " + "🥭" * 5000,
    "/pickup " + "门" * 5000,
    "/paid @" + "x" * 5000,
    "/refund @" + "x" * 5000,
    "/lang " + "x" * 5000,
    "/start " + "x" * 5000,
    "/help " + "x" * 5000,
    "x" * 5000,
]
LONG_NAME = "🥭芒果" * 20
CHUNKS = [
    "🥭",
    "芒",
    "x",
    " ",
    "\n",
    "9",
    "⑳",
    "👨\u200d👩\u200d👧",
    "e\u0301",
    "x" * 700,
    "🥭" * 400,
    "⑳" * 900,
]


def assert_fits(replies: list[Reply], where: str) -> None:
    for reply in replies:
        assert units(reply.text) <= TEXT_LIMIT, f"{where}: a text of {units(reply.text)} units"
        assert reply.toast is None or units(reply.toast) <= TOAST_LIMIT, f"{where}: a toast too long"


async def assert_cards_fit(chat: Chat, replies: list[Reply], where: str) -> None:
    for reply in replies:
        if reply.card_of is not None:
            card = await chat.app.render_card(reply.card_of)
            assert units(card.text) <= TEXT_LIMIT, f"{where}: a card of {units(card.text)} units"


def seed(factory: FakeUnitOfWorkFactory, group_buy_id: int, count: int) -> None:
    joined = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
    for n in range(count):
        line = Participant(f"m{n:04d}", f"{n:04d} {LONG_NAME}", 1, joined, note="3号楼" + "🏠" * 60)
        factory.state.lines[group_buy_id][line.key] = line
    factory.state.group_buys[group_buy_id].sold += count


@pytest.mark.parametrize("text", FUZZED, ids=lambda text: text[:12])
async def test_no_answer_to_a_fuzzed_message_exceeds_the_limit(text: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Plums price 30 target 5000")

    for private in (False, True):
        replies = await chat.say("bob", text, private=private)
        assert_fits(replies, f"{text[:20]!r} (private: {private})")
        await assert_cards_fit(chat, replies, text[:20])


async def test_an_unknown_command_of_5000_characters_is_answered_in_parts() -> None:
    chat = fake_chat()

    replies = await chat.say("bob", "/grupbuy" + "x" * 5000)

    assert len(replies) == 2 and all(0 < units(reply.text) <= TEXT_LIMIT for reply in replies)
    assert "".join(reply.text for reply in replies).count("x") == 5000


@pytest.mark.parametrize("data", ["gb:join:" + "9" * 60, "gb:" + "x" * 5000, "od:pay:" + "1" * 5000])
async def test_no_answer_to_a_forged_tap_exceeds_the_limit(data: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Plums price 30")

    assert_fits(await chat.tap("bob", data), data[:20])


async def test_every_outbox_row_of_a_list_of_3000_long_lines_and_its_card_fit() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, outbox_platform="test")
    await chat.say("amy", "/groupbuy Plums price 30 target 5000")
    seed(factory, 1, 3000)

    answered = await chat.say("bob", "/list") + await chat.say("bob", "/status")
    for text in FUZZED:
        answered += await chat.say("cat", text)

    rows = [json.loads(item.payload)["reply"] for item in factory.state.outbox]
    texts = [row.get("text", "") for row in rows]
    assert len(texts) > 20 and all(units(text) <= TEXT_LIMIT for text in texts)
    listed = [line for text in texts for line in text.split("\n") if re.match(r"\d+\. \d{4} 🥭", line)]
    assert len(listed) == 3000  # every line of the list, none lost
    assert_fits(answered, "outbox")
    await assert_cards_fit(chat, answered, "card")


@settings(max_examples=40, deadline=None)
@given(
    word=st.sampled_from(["/groupbuy ", "/grupbuy", "+1 ", "+1 for ", "接龙 ", "/payment ", "/list #", ""]),
    body=st.lists(st.sampled_from(CHUNKS), max_size=40).map("".join),
)
def test_no_answer_to_any_long_message_exceeds_the_limit(word: str, body: str) -> None:
    async def run() -> None:
        chat = fake_chat()
        await chat.say("amy", "/groupbuy Plums price 30 target 5000")
        replies = await chat.say("bob", word + body)
        assert_fits(replies, repr(word))
        await assert_cards_fit(chat, replies, repr(word))

    asyncio.run(run())

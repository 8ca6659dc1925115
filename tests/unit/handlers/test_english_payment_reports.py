"""`I paid` typed without a slash: the buyer's report, as `我付了` and `/ipaid` are, in an English chat and
in a Chinese one (members mix languages); only when it is the whole (short) message, so a sentence that
merely says "paid" somewhere stays chatter and the bot stays quiet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commerce.domain.order import OrderStatus
from handlers.parsing.commands import parse_text
from handlers.registry import VOCABULARY
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

ASKED_AMY = (
    "💸 Bob 说已付款：订单 #1-1（海南贵妃芒，#1）¥88。收到钱后点“已收到”（或发“已收 1-1”）；"
    "点“未收到”会告诉对方还没收到。"
)


async def succeeded(chat: Chat, opening: str, close: str) -> None:
    """Amy's mangoes closed: Bob's order #1-1 (¥88), Cat's #1-2 (¥176)."""
    for user, text in [("amy", opening), ("bob", "+1"), ("cat", "+2"), ("amy", close)]:
        await chat.say(user, text)


def in_chat(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text and not reply.private_to]


@pytest.mark.parametrize(
    "typed", ["I paid", "i paid", "paid", "I've paid", "I’ve paid", "I have paid", "paid 1", "I paid #1"]
)
async def test_i_paid_in_a_chinese_chat_is_bobs_report_answered_in_english(
    typed: str, uow_factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    chat = fake_chat(uow_factory, clock=clock)
    await succeeded(chat, "接龙 海南贵妃芒 价格 88 成团 1", "截单")

    said = await chat.say("bob", typed)

    assert in_chat(said) == [
        "Thanks, Bob: Amy is asked to confirm your payment for order #1-1; "
        "the amount was sent to you privately. "
        "The card shows 💸 until they do."
    ]
    assert chat.private(said)["amy"] == ASKED_AMY
    assert "1. Bob ×1 💸" in await chat.card()
    assert uow_factory.state.orders[1].reported_paid_at is not None


async def test_i_paid_in_an_english_chat_answers_as_ipaid_does() -> None:
    chat = fake_chat(default_language="en")
    await succeeded(chat, "/groupbuy Mangoes price 88 target 1", "/close")

    said = await chat.say("cat", "I have already paid, thanks")
    again = await chat.say("cat", "paid")

    assert in_chat(said) == [
        "Thanks, Cat: Amy is asked to confirm your payment for order #1-2; "
        "the amount was sent to you privately. "
        "The card shows 💸 until they do."
    ]
    assert {k: v for k, v in chat.private(said).items() if k == "amy"} == {
        "amy": "💸 Cat says they paid order #1-2 (Mangoes, #1): ¥176. Tap Received once the money is there "
        "(or send /paid 1-2); Not received tells them it has not arrived."
    }
    assert chat.said(again) == (
        "You already said order #1-2 is paid; the organiser has been asked to confirm it. "
        "Nothing was changed."
    )


async def test_the_organisers_paid_with_a_number_confirms_as_yi_fu_kuan_does(
    uow_factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    chat = fake_chat(uow_factory, clock=clock)
    await succeeded(chat, "接龙 海南贵妃芒 价格 88 成团 1", "截单")

    said = await chat.say("amy", "paid 2")

    assert chat.said(said) == "✅ Cat's order #1-2 is paid."
    assert uow_factory.state.orders[2].status is OrderStatus.PAID


async def test_paid_from_someone_without_an_order_stays_quiet_and_an_unknown_order_is_answered(
    uow_factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    chat = fake_chat(uow_factory, clock=clock)
    await succeeded(chat, "接龙 海南贵妃芒 价格 88 成团 1", "截单")

    assert await chat.say("eve", "paid") == []  # talk about something else, as `付了` from her is
    assert chat.said(await chat.say("bob", "/ipaid 99")) == (
        "There is no order #99 here: nothing was changed. Your order here is #1-1: send /ipaid 1-1"
    )
    # privately (rep46 8), in his order's language, the group's (rep85 #7: it spoke as typed)
    assert chat.private(await chat.say("bob", "paid 99"))["bob"].startswith(
        "收到，Bob：你说付了 ¥99，订单 #1-1 应付 ¥88，多付了 ¥11。"
    )
    assert uow_factory.state.orders[1].reported_paid_at is not None


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("I paid", ""),
        ("I PAID!", ""),
        ("I paid.", ""),
        ("paid", ""),
        ("Paid 12-3", "12-3"),
        ("I've paid", ""),
        ("I have paid", ""),
        ("I have already paid", ""),
        ("I already paid", ""),
        ("just paid", ""),
        ("paid already", ""),
        ("I paid #12", "#12"),
        ("paid no. 12", "no. 12"),
        ("I paid, thanks", "thanks"),
        ("paid thank you", "thank you"),
        ("paid @Bob", "@Bob"),
        ("已付", ""),
        ("已付 3", "3"),
    ],
)
def test_what_reads_as_an_english_report(text: str, rest: str) -> None:
    found = parse_text(text, vocabulary=VOCABULARY)
    assert found is not None and (found.name, found.rest) == ("ipaid", rest)


@pytest.mark.parametrize(
    "text",
    [
        "paid?",
        "I paid?",
        "did I pay",
        "I paid for the mangoes yesterday",
        "I paid 12 yuan lol",  # s31: `I paid 12 yuan` alone is a report, as `I paid ¥12` is
        "paid in full",
        "paid12",
        "the bill is paid",
        "has everyone paid",
        "I paid lol",
        "unpaid",
        "prepaid",
        "Amy paid for me",
        "已付了吗",
        "已付清",
        "已付定金",
    ],
)
def test_what_stays_talk(text: str) -> None:
    assert parse_text(text, vocabulary=VOCABULARY) is None


@pytest.mark.parametrize("text", ["who paid", "who has paid?"])
def test_who_paid_is_the_organisers_question_never_a_report(text: str) -> None:
    found = parse_text(text, vocabulary=VOCABULARY)  # rep52 #7: her `/list` (a member's: no answer)
    assert found is not None and (found.name, found.rest) == ("organiser_asked", "list")


WORDS = st.sampled_from(
    ["the", "mangoes", "were", "so", "sweet", "who", "yesterday", "for", "my", "mum", "and", "shop", "we"]
)


FOR_FAMILY = (["for", "mum"], ["for", "my", "mum"])


@given(st.lists(WORDS, min_size=1, max_size=5), st.lists(WORDS, min_size=1, max_size=5))
def test_a_sentence_with_paid_in_its_middle_is_talk(before: list[str], after: list[str]) -> None:
    sentence = " ".join([*before, "paid", *after])
    assert parse_text(sentence, vocabulary=VOCABULARY) is None
    if after not in FOR_FAMILY:  # `I paid for my mum` reports a payment (README: a family member alone)
        assert parse_text(f"I paid {' '.join(after)}", vocabulary=VOCABULARY) is None

"""`/status #` and 5,000 digits, `+` and 5,000 digits, `/pay` and 5,000 digits, `ends 99999999999999999999w`
answered "something went wrong" and logged a traceback: `int()` refuses a string of more than 4,300
digits, and a duration that large overflows `timedelta`. Every number a member types is read bounded
(handlers/parsing/numbers.py): one too long to name a group buy or an order names none, one too long to
be a quantity is not one, a deadline that far is too far; the reply quotes it cut short, in one message."""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlers.texts import t
from tests.unit.handlers.conftest import Chat, fake_chat

DIGITS = "9" * 5000
CARD = "🛒 Plums (#1)"


async def opened() -> Chat:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Plums price 10 target 2 ends 2h")
    await chat.say("bob", "+1")
    return chat


CUT = "99999999999999999999999…"  # what the answer quotes of the number: one message, not two
NO_GROUP_BUY = f"There is no group buy #{CUT} in this chat. Example: /status shows the open one"
NO_GROUP_BUY_PICKUP = (
    f"There is no group buy #{CUT} in this chat: nothing was changed. "
    "Use the number on its card, e.g. /pickup #1 Gate 3"  # her place, as typed
)
NO_ORDER = f"There is no order #{CUT} here. Example: /paid 12-3 (the number from the order message)"
NO_ORDER_ZH = f"这里没有订单 #{CUT}。例如：已收款 12-3（订单消息里的编号）"
NO_ORDER_PAID_ZH = f"这里没有订单 #{CUT}。例如：已收 12-3（订单消息里的编号）"  # the word typed kept
NO_QUANTITY = f"{CUT} is not a quantity I can take (1 to 999). Example: +2"
TOO_FAR = "That deadline is too far away (90 days at most). Example: ends 3d"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (f"/status #{DIGITS}", NO_GROUP_BUY),
        (f"/list #{DIGITS}", NO_GROUP_BUY),
        (f"/join #1 {DIGITS}", NO_QUANTITY),
        (f"+{DIGITS}", NO_QUANTITY),
        (f"-1 #{DIGITS}", NO_GROUP_BUY),
        (f"已收 {DIGITS}", NO_ORDER_PAID_ZH),
        (f"/paid {DIGITS}", NO_ORDER),
        (f"/pay {DIGITS}", NO_ORDER),
        (f"退款 {DIGITS}", NO_ORDER_ZH),
        (f"/pickup #{DIGITS} Gate 3", NO_GROUP_BUY_PICKUP),
        ("/groupbuy Figs price 10 ends 99999999999999999999w", TOO_FAR),
        (f"接龙 无花果 价格 1 截止 {DIGITS}h", "截止时间太远了（最多 90 天）。例如：截止 3天"),
        (
            f"接龙 无花果 价格 {DIGITS}",
            "“999999999999999999999999999999999999999…”作为价格太大了。例如：价格 88",
        ),
        (
            f"/groupbuy Figs price 10 target {DIGITS}",
            f"The target must be a whole number from 1 to 9999 (you wrote {CUT}). Example: target 10",
        ),
    ],
    ids=lambda value: value[:24],
)
async def test_a_number_too_long_to_mean_anything_gets_the_real_refusal(
    text: str, answer: str, caplog: pytest.LogCaptureFixture
) -> None:
    chat = await opened()
    card = await chat.card(1)

    with caplog.at_level(logging.WARNING):
        replies = await chat.say("amy", text)

    assert Chat.said(replies) == answer
    assert await chat.card(1) == card  # nothing changed
    assert card.startswith(CARD) and "1. Bob ×1" in card
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


FORMS = ["/status #{}", "+{}", "已收 {}", "/pay {}", "接龙 x 价格 {}", "接龙 x 价格 1 截止 {}h"]
UNEXPECTED = {t("en", "unexpected_error"), t("zh", "unexpected_error")}
NUMBERS = st.builds(
    lambda head, fill, more: (head + fill * more)[:6000],
    st.text(alphabet="0123456789", min_size=1, max_size=24),
    st.sampled_from("0123456789"),
    st.integers(min_value=0, max_value=6000),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(form=st.sampled_from(FORMS), digits=NUMBERS)
async def test_no_number_of_any_length_is_answered_with_something_went_wrong(
    form: str, digits: str, caplog: pytest.LogCaptureFixture
) -> None:
    chat = await opened()
    caplog.clear()

    with caplog.at_level(logging.WARNING):
        replies = await chat.say("amy", form.format(digits))

    assert not {reply.text for reply in replies} & UNEXPECTED, (form, len(digits))
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR], (form, len(digits))

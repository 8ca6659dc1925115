"""自提 / `/pickup` after the pickup is named: only the time (`/pickup #1 tomorrow 18:00`) keeps the
place, only the place (`/pickup #1 Gate 4`) keeps the time; a bare pickup code (`/pickup 9918`, `自提
９９１８`) is the buyer's code read at the pickup point, taken as `核销 9918`, never a place."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commerce.domain.order import OrderStatus
from handlers.parsing.pickup import parse_pickup
from handlers.parsing.when import parse_when
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)  # the fake clock: noon in Shanghai, Monday


def _pickup_line(card: str, prefix: str = "Pickup: ") -> str:
    [line] = [line for line in card.splitlines() if line.startswith(prefix)]
    return line


NOBODY_TOLD = (  # nobody paid: the buyer still to pay is told privately (rep55 #4)
    "\nI also told the pickup privately to the 2 buyers who have not paid yet,"
    " and that their orders are still to be paid."
)
NOBODY_TOLD_ZH = "\n也已把自提私信告诉 2 位还没付款的买家，并提醒订单还要付款。"


async def _closed_with_pickup(chat: Chat) -> None:
    """Amy's coffee beans, closed with Bob's and Cat's orders; the pickup "Reception, tomorrow 12:00"."""
    for user, text in [
        ("amy", "/groupbuy Coffee beans price 50 target 1"),
        ("bob", "+1"),
        ("cat", "+1"),
        ("amy", "/pickup Reception tomorrow 12:00"),
        ("amy", "/close"),
    ]:
        await chat.say(user, text)


# -- a pickup code is not a place -------------------------------------------------------------------------
EN_TAKEN, ZH_TAKEN = (
    "✅ Code {code}: order #1-1 of Bob, 1 unit:",
    "✅ 取货码 {code}：Bob 的订单 #1-1，共 1 份：",
)


@pytest.mark.parametrize(
    ("typed", "taken"),
    [
        ("/pickup {code}", EN_TAKEN),
        ("/pickup #1 {code}", EN_TAKEN),
        ("/pickup {code} #1", EN_TAKEN),
        ("自提 {code}", ZH_TAKEN),
        ("自提 {wide}", ZH_TAKEN),
    ],
)
async def test_a_bare_pickup_code_is_taken_as_the_code(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory, typed: str, taken: str
) -> None:
    await _closed_with_pickup(chat)
    await chat.say("amy", "/paid 1")
    code = uow_factory.state.orders[1].pickup_code
    assert code is not None
    wide = code.translate(str.maketrans("0123456789", "０１２３４５６７８９"))

    answer = await chat.say("amy", typed.format(code=code, wide=wide))

    assert chat.said(answer).startswith(taken.format(code=code))
    assert uow_factory.state.orders[1].status is OrderStatus.FULFILLED
    card = await chat.card()
    assert _pickup_line(card) == "Pickup: Reception · Tue 24 Nov 12:00"  # the place is untouched
    assert "1. Bob ×1 ✅📦" in card.splitlines()


async def test_a_number_that_is_no_code_changes_nothing(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await _closed_with_pickup(chat)

    answer = await chat.say("amy", "/pickup #1 1315")

    assert chat.said(answer) == (
        "No order you can hand over here has pickup code 1315: check the number and try again. "
        "Nothing was changed."
    )
    assert _pickup_line(await chat.card()) == "Pickup: Reception · Tue 24 Nov 12:00"


@pytest.mark.parametrize(("typed", "shown"), [("/pickup Room 1315", "Room 1315"), ("/pickup 302", "302")])
async def test_a_place_with_a_number_is_still_a_place(chat: Chat, typed: str, shown: str) -> None:
    await chat.say("amy", "/groupbuy Coffee beans price 50")

    answer = await chat.say("amy", typed)

    assert chat.said(answer) == f"Pickup for Coffee beans (#1): {shown}"


# -- only the time, only the place ------------------------------------------------------------------------
async def test_only_the_time_keeps_the_place(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    await _closed_with_pickup(chat)

    answer = await chat.say("amy", "/pickup #1 tomorrow 18:00")

    assert (
        chat.said(answer) == "Pickup for Coffee beans (#1) changed: Reception · Tue 24 Nov 18:00"
        " (was Reception · Tue 24 Nov 12:00)." + NOBODY_TOLD
    )  # after the close, nobody paid
    assert _pickup_line(await chat.card()) == "Pickup: Reception · Tue 24 Nov 18:00"
    assert uow_factory.state.reminders.pickup_at[1] == NOW + timedelta(days=1, hours=6)  # reminded


async def test_only_the_place_keeps_the_time(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    await _closed_with_pickup(chat)

    answer = await chat.say("amy", "/pickup #1 Gate 4")

    assert (
        chat.said(answer) == "Pickup for Coffee beans (#1) changed: Gate 4 · Tue 24 Nov 12:00"
        " (was Reception · Tue 24 Nov 12:00)." + NOBODY_TOLD
    )  # after the close, nobody paid
    assert uow_factory.state.reminders.pickup_at[1] == NOW + timedelta(days=1)


@pytest.mark.parametrize("when", ["明天下午6点", "明晚6点", "明天傍晚6点", "明天18:00", "明天下午6点钟"])
async def test_only_the_time_in_chinese_keeps_the_place(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory, when: str
) -> None:
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 2")
    await chat.say("amy", "自提 小区南门 明天下午5点")

    answer = await chat.say("amy", f"自提 #1 {when}")

    assert chat.said(answer) == (
        "好的，海南贵妃芒（#1）的自提改为：小区南门 · 11月24日 周二 18:00"
        "（原 小区南门 · 11月24日 周二 17:00）。"
    )
    assert _pickup_line(await chat.card(), "自提：") == "自提：小区南门 · 11月24日 周二 18:00"
    assert uow_factory.state.reminders.pickup_at[1] == NOW + timedelta(days=1, hours=6)


async def test_a_place_set_in_english_keeps_it_when_the_time_is_changed_in_chinese(chat: Chat) -> None:
    await _closed_with_pickup(chat)

    answer = await chat.say("amy", "自提 #1 明天下午6点")

    assert (
        chat.said(answer) == "好的，Coffee beans（#1）的自提改为：Reception · 11月24日 周二 18:00"
        "（原 Reception · 11月24日 周二 12:00）。" + NOBODY_TOLD_ZH
    )


async def test_a_time_that_has_passed_is_not_kept_for_a_new_place(
    chat: Chat, clock: FakeClock, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await _closed_with_pickup(chat)
    clock.advance(days=2)

    answer = await chat.say("amy", "/pickup #1 Gate 4")

    assert (
        chat.said(answer)
        == "Pickup for Coffee beans (#1) changed: Gate 4 (was Reception · Tue 24 Nov 12:00)." + NOBODY_TOLD
    )  # after the close, nobody paid
    assert 1 not in uow_factory.state.reminders.pickup_at


async def test_only_a_time_without_a_place_yet_asks_for_the_place(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await chat.say("amy", "/groupbuy Coffee beans price 50")

    answer = await chat.say("amy", "/pickup tomorrow 18:00")

    assert chat.said(answer) == (
        "Coffee beans (#1) has no pickup point yet: name it with the time. "
        "Example: /pickup #1 Gate 3 tomorrow 17:00"
    )
    assert uow_factory.state.group_buys[1].terms.pickup == ""
    assert chat.said(await chat.say("bob", "/pickup tomorrow 18:00")).startswith("Only the organiser")


# -- the parser -------------------------------------------------------------------------------------------
_DAYS = ["明天", "后天", "明日", "tomorrow", "周六", "Sat", "12月3日", "3 Dec"]
_PARTS = ["", "下午", "晚上", "傍晚"]
_PLACES = ["Gate 3", "小区南门", "Reception", "3号楼 大堂", "Room 1315"]


@settings(max_examples=200, deadline=None)
@given(
    day=st.sampled_from(_DAYS),
    part=st.sampled_from(_PARTS),
    hour=st.integers(1, 11),
    clock_form=st.sampled_from(["{h}点", "{h}点半", "{h}点钟", "{h}:30"]),
    place=st.sampled_from(_PLACES),
)
def test_a_time_alone_names_no_place_and_the_same_time_after_a_place(
    day: str, part: str, hour: int, clock_form: str, place: str
) -> None:
    when = f"{day} {part}{clock_form.format(h=hour)}"
    at = parse_when(when, now=NOW, tz=TZ)

    alone = parse_pickup(when, now=NOW, tz=TZ)
    after = parse_pickup(f"#1 {place} {when}", now=NOW, tz=TZ)

    assert (alone.place, alone.at) == ("", at)
    assert (after.place, after.at, after.group_buy_id) == (place, at, 1)

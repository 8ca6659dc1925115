"""The waiting list's rules (候补): who may wait, the queue order, and who moves in when units come free
(skip-ahead: an entry that does not fit is passed over and keeps its place)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Terms
from commerce.domain.waiting import WaitingEntry, check_wait, in_queue_order, moving_in

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)


def sold_out(stock: int | None = 10, limit: int | None = None, sold: int = 10) -> GroupBuy:
    terms = Terms(
        title="Mangoes",
        unit_price=8800,
        stock=stock,
        per_person_limit=limit,
        deadline=NOW + timedelta(hours=8),
    )
    group_buy = GroupBuy.open(
        chat_id="family", organiser_id="amy", organiser_name="Amy", terms=terms, now=NOW
    )
    group_buy.id, group_buy.sold = 1, sold
    return group_buy


def entry(user: str, quantity: int, minutes: int = 0, entry_id: int = 0) -> WaitingEntry:
    return WaitingEntry(1, user, user.title(), quantity, NOW + timedelta(minutes=minutes), entry_id or None)


def refusal(group_buy: GroupBuy, *, have: int = 0, quantity: int = 1, max_per_line: int | None = None) -> str:
    with pytest.raises(DomainError) as raised:
        check_wait(group_buy, have=have, quantity=quantity, now=NOW, max_per_line=max_per_line)
    return raised.value.code


def test_a_member_may_wait_once_the_stock_left_cannot_cover_what_they_want() -> None:
    check_wait(sold_out(), have=0, quantity=1, now=NOW)
    check_wait(sold_out(sold=9), have=0, quantity=2, now=NOW)  # 1 left, 2 wanted
    check_wait(sold_out(limit=3), have=2, quantity=1, now=NOW)  # more for a member already in


def test_waiting_is_refused_when_it_is_not_needed_or_could_never_happen() -> None:
    assert refusal(sold_out(sold=8), quantity=2) == "waitlist_not_needed"  # +2 would do
    assert refusal(sold_out(stock=None, sold=3)) == "waitlist_no_stock"
    assert refusal(sold_out(limit=3), have=3) == "limit_exceeded"
    assert refusal(sold_out(), quantity=5, max_per_line=4) == "quantity_too_many"
    assert refusal(sold_out(), quantity=0) == "quantity_invalid"


def test_nobody_waits_for_a_group_buy_that_stopped_taking_joins() -> None:
    closed = sold_out()
    closed.status = GroupBuyStatus.SUCCEEDED
    assert refusal(closed) == "group_buy_closed"
    with pytest.raises(DomainError) as raised:
        check_wait(sold_out(), have=0, quantity=1, now=NOW + timedelta(hours=9))
    assert raised.value.code == "group_buy_closed"


def test_the_queue_is_first_come_first_served_then_by_entry() -> None:
    late, early, same_time_later_id = entry("cat", 1, 5, 1), entry("bob", 1, 0, 3), entry("dan", 1, 5, 2)
    assert [e.user_id for e in in_queue_order([late, same_time_later_id, early])] == ["bob", "cat", "dan"]


def test_free_units_go_in_queue_order_to_whole_quantities_only() -> None:
    queue = [entry("bob", 2, 0), entry("cat", 1, 1), entry("dan", 1, 2)]
    assert [e.user_id for e in moving_in(queue, 2)] == ["bob"]  # Bob first: his 2 fit
    assert [e.user_id for e in moving_in(queue, 4)] == ["bob", "cat", "dan"]
    assert moving_in(queue, 0) == []


def test_an_entry_that_does_not_fit_is_skipped_and_keeps_its_place() -> None:
    queue = [entry("bob", 3, 0), entry("cat", 1, 1), entry("dan", 2, 2)]
    assert [e.user_id for e in moving_in(queue, 1)] == ["cat"]  # Bob's 3 do not fit 1: Cat's 1 does
    assert [e.user_id for e in moving_in(queue, 3)] == ["bob"]  # once 3 are free, Bob is first again
    assert [e.user_id for e in moving_in(queue, 2)] == ["cat"]  # Cat takes 1; Dan's 2 no longer fit


waiting_lists = st.lists(st.integers(min_value=1, max_value=12), max_size=15).map(
    lambda quantities: [entry(f"m{i}", q, i, i + 1) for i, q in enumerate(quantities)]
)


@given(queue=waiting_lists, free=st.integers(min_value=0, max_value=40))
def test_what_moves_in_never_exceeds_what_is_free_and_nobody_who_fits_is_passed_over(
    queue: list[WaitingEntry], free: int
) -> None:
    chosen = moving_in(queue, free)
    assert sum(e.quantity for e in chosen) <= free
    # in queue order, and each entry passed over did not fit what was still free at its turn
    left, taken = free, iter(chosen)
    following = next(taken, None)
    for waiting in in_queue_order(queue):
        if waiting is following:
            left -= waiting.quantity
            following = next(taken, None)
        else:
            assert waiting.quantity > left
    assert following is None

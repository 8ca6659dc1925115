"""The group buy's rules: tiers, per-person limit, stock, who may close when, and its transition table."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from commerce.domain import events as ev
from commerce.domain.errors import DomainError, TransitionNotAllowed
from commerce.domain.group_buy import (
    GROUP_BUY_TRANSITIONS,
    GroupBuy,
    GroupBuyStatus,
    Participant,
    PriceTier,
    Terms,
)
from commerce.domain.transitions import StatusChange

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)


def terms(**changes: object) -> Terms:
    values: dict[str, object] = {
        "title": "Mangoes",
        "unit_price": 8800,
        "tiers": (PriceTier(5, 7800), PriceTier(10, 6800)),
        "target": 5,
        "stock": 12,
        "per_person_limit": 6,
        "deadline": NOW + timedelta(hours=8),
    }
    values.update(changes)
    return Terms(**values)  # type: ignore[arg-type]


def opened(**changes: object) -> GroupBuy:
    group_buy = GroupBuy.open(
        chat_id="family", organiser_id="amy", organiser_name="Amy", terms=terms(**changes), now=NOW
    )
    group_buy.id = 1
    group_buy.is_new = False  # as stored and read back: its opening was reported already
    return group_buy


def test_a_new_group_buy_reports_its_opening_once_it_has_an_id() -> None:
    group_buy = GroupBuy.open(
        chat_id="family", organiser_id="amy", organiser_name="Amy", terms=terms(), now=NOW
    )
    assert group_buy.pull_events() == []  # no id yet: storage has not given one
    group_buy.id = 9
    assert group_buy.pull_events() == [ev.GroupBuyOpened(9, "family", group_buy.deadline.isoformat())]
    assert group_buy.pull_events() == []


def join(group_buy: GroupBuy, user: str, quantity: int, line: Participant | None = None) -> Participant:
    return group_buy.join(line, user_id=user, display_name=user.title(), quantity=quantity, now=NOW)


def test_the_price_falls_tier_by_tier() -> None:
    group_buy = opened()
    assert (group_buy.current_unit_price, group_buy.next_tier()) == (8800, (5, PriceTier(5, 7800)))
    join(group_buy, "bob", 4)
    assert (group_buy.current_unit_price, group_buy.next_tier()) == (8800, (1, PriceTier(5, 7800)))
    join(group_buy, "cat", 1)
    assert (group_buy.current_unit_price, group_buy.next_tier()) == (7800, (5, PriceTier(10, 6800)))
    join(group_buy, "dan", 5)
    assert (group_buy.current_unit_price, group_buy.next_tier()) == (6800, None)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"tiers": (PriceTier(5, 9000),)}, "tier_price_not_lower"),
        ({"tiers": (PriceTier(5, 7800), PriceTier(10, 7800))}, "tier_price_not_lower"),
        ({"tiers": (PriceTier(1, 7800),)}, "tier_quantity_invalid"),
        ({"tiers": (PriceTier(5, 7800), PriceTier(5, 6800))}, "tier_quantity_invalid"),
        ({"title": "   "}, "title_missing"),
        ({"title": "M" * 81}, "title_too_long"),
        ({"target": 0}, "target_invalid"),
        ({"stock": 3}, "stock_below_target"),
        ({"stock": 0}, "stock_invalid"),
        ({"per_person_limit": 0}, "limit_invalid"),
        ({"deadline": NOW - timedelta(minutes=5)}, "deadline_in_past"),
        ({"deadline": NOW + timedelta(days=91)}, "deadline_too_far"),
    ],
)
def test_terms_that_cannot_work_are_refused(changes: dict[str, object], code: str) -> None:
    with pytest.raises(DomainError) as refused:
        opened(**changes)
    assert refused.value.code == code


def test_tiers_are_sorted_and_the_deadline_defaults_to_a_day() -> None:
    group_buy = opened(tiers=(PriceTier(10, 6800), PriceTier(5, 7800)), deadline=None)
    assert group_buy.terms.tiers == (PriceTier(5, 7800), PriceTier(10, 6800))
    assert group_buy.deadline == NOW + timedelta(hours=24)


def test_the_per_person_limit_counts_what_the_member_has() -> None:
    group_buy = opened()
    line = join(group_buy, "bob", 4)
    with pytest.raises(DomainError) as refused:
        join(group_buy, "bob", 3, line)
    assert (refused.value.code, refused.value.params["have"]) == ("limit_exceeded", 4)
    assert join(group_buy, "bob", 2, line).quantity == 6


def test_stock_never_goes_below_zero() -> None:
    group_buy = opened()
    join(group_buy, "bob", 6)
    join(group_buy, "cat", 4)
    with pytest.raises(DomainError) as short:
        join(group_buy, "dan", 3)
    assert (short.value.code, short.value.params["left"]) == ("not_enough_stock", 2)
    join(group_buy, "dan", 2)
    with pytest.raises(DomainError) as out:
        join(group_buy, "eve", 1)
    assert out.value.code == "sold_out"
    assert (group_buy.sold, group_buy.stock_left) == (12, 0)


def test_leaving_lowers_or_removes_the_line() -> None:
    group_buy = opened()
    line = join(group_buy, "bob", 3)
    line = group_buy.leave(line, quantity=1, now=NOW)
    assert (line.quantity, group_buy.sold) == (2, 2)
    line = group_buy.leave(line, quantity=None, now=NOW)
    assert (line.quantity, group_buy.sold) == (0, 0)
    with pytest.raises(DomainError, match="not_joined"):
        group_buy.leave(line, quantity=1, now=NOW)


def test_only_the_organiser_or_an_admin_closes_and_only_once_the_target_is_reached() -> None:
    group_buy = opened()
    join(group_buy, "bob", 2)
    with pytest.raises(DomainError, match="not_organiser"):
        group_buy.close(actor="bob", is_admin=False, now=NOW)
    with pytest.raises(DomainError) as early:
        group_buy.close(actor="amy", is_admin=False, now=NOW)
    assert early.value.params == {"id": 1, "sold": 2, "target": 5, "unit": ""}
    join(group_buy, "cat", 3)
    group_buy.close(actor="eve", is_admin=True, now=NOW)
    assert (group_buy.status, group_buy.final_unit_price) == (GroupBuyStatus.SUCCEEDED, 7800)
    with pytest.raises(DomainError, match="group_buy_closed"):
        group_buy.close(actor="amy", is_admin=False, now=NOW)
    with pytest.raises(DomainError, match="group_buy_closed"):
        join(group_buy, "dan", 1)


def test_no_joins_after_the_deadline_even_before_it_is_expired() -> None:
    group_buy = opened()
    with pytest.raises(DomainError, match="group_buy_closed"):
        group_buy.join(None, user_id="bob", display_name="Bob", quantity=1, now=NOW + timedelta(hours=8))


def test_expiry_succeeds_or_fails_by_the_target_and_is_recorded() -> None:
    below, reached = opened(), opened()
    join(reached, "bob", 5)
    assert below.expire(now=NOW + timedelta(hours=7)) is False  # not due
    later = NOW + timedelta(hours=8)

    assert below.expire(now=later) and reached.expire(now=later)

    assert below.status is GroupBuyStatus.FAILED and below.final_unit_price is None
    assert reached.status is GroupBuyStatus.SUCCEEDED and reached.final_unit_price == 7800
    assert below.history == [
        StatusChange(
            GroupBuyStatus.OPEN, GroupBuyStatus.FAILED, "fail", "system", later, "target not reached: 0/5"
        )
    ]
    assert below.pull_events() == [ev.Failed(1, "family", "target_not_reached")]
    assert below.expire(now=later) is False  # already closed


def test_cancel_is_recorded_with_who_and_why() -> None:
    group_buy = opened()
    group_buy.cancel(actor="amy", is_admin=False, now=NOW)
    assert group_buy.history == [
        StatusChange(
            GroupBuyStatus.OPEN, GroupBuyStatus.CANCELLED, "cancel", "amy", NOW, "cancelled by organiser"
        )
    ]
    assert group_buy.pull_events() == [ev.Cancelled(1, "family")]


ALLOWED = {
    (GroupBuyStatus.OPEN, "succeed"): GroupBuyStatus.SUCCEEDED,
    (GroupBuyStatus.OPEN, "fail"): GroupBuyStatus.FAILED,
    (GroupBuyStatus.OPEN, "cancel"): GroupBuyStatus.CANCELLED,
    (GroupBuyStatus.SUCCEEDED, "fulfil"): GroupBuyStatus.FULFILLED,
}


@pytest.mark.parametrize("status", list(GroupBuyStatus))
@pytest.mark.parametrize("action", ["succeed", "fail", "cancel", "fulfil", "reopen"])
def test_the_transition_table_allows_exactly_its_moves(status: GroupBuyStatus, action: str) -> None:
    if (status, action) in ALLOWED:
        change = GROUP_BUY_TRANSITIONS.move(status, action, actor="amy", at=NOW)
        assert (change.from_status, change.to_status) == (status, ALLOWED[(status, action)])
    else:
        with pytest.raises(TransitionNotAllowed) as refused:
            GROUP_BUY_TRANSITIONS.move(status, action, actor="amy", at=NOW)
        assert refused.value.code == f"group_buy_{action}_not_allowed"
        assert refused.value.params == {"status": status.value, "action": action}

"""An edit may take a cap off (`TermsChange.removed`: the console's emptied stock or limit field):
no stock cap, no limit per person; it is a change of terms, not only of the details."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from commerce.domain.edits import TermsChange, edit_terms
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Terms

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)


def opened() -> GroupBuy:
    terms = Terms(
        title="Mangoes",
        unit_price=8800,
        target=5,
        stock=30,
        per_person_limit=6,
        deadline=NOW + timedelta(hours=8),
    )
    group_buy = GroupBuy.open(
        chat_id="family", organiser_id="amy", organiser_name="Amy", terms=terms, now=NOW
    )
    group_buy.id, group_buy.is_new = 1, False
    return group_buy


def test_removed_caps_are_gone_and_the_rest_stays() -> None:
    group_buy = opened()
    edited = edit_terms(
        group_buy,
        TermsChange(removed=frozenset({"stock", "per_person_limit"})),
        actor="amy",
        is_admin=False,
        now=NOW,
    )
    assert (edited.after.stock, edited.after.per_person_limit) == (None, None)
    assert (edited.after.unit_price, edited.after.target) == (8800, 5)
    assert edited.changed_terms() == ["stock", "per_person_limit"]


def test_a_removal_is_not_empty_and_not_only_details() -> None:
    change = TermsChange(removed=frozenset({"stock"}))
    assert not change.is_empty and not change.only_details
    assert TermsChange().is_empty
    assert TermsChange(pickup="").only_details


def test_a_removal_after_the_close_is_refused() -> None:
    group_buy = opened()
    group_buy.status = GroupBuyStatus.SUCCEEDED
    with pytest.raises(DomainError) as refused:
        edit_terms(group_buy, TermsChange(removed=frozenset({"stock"})), actor="amy", is_admin=False, now=NOW)
    assert refused.value.code == "edit_closed_details"  # only the pickup and the payment note still change

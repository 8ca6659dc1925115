"""The commission rules (commerce.domain.commission), one test a rule, and the properties every split has
whatever the input: it adds up, nothing is negative, commission never exceeds what was paid, and only the
order's own sharer and help-seller can earn (no level above them exists)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commerce.domain.commission import (
    MAX_RATE_BP,
    CommissionRates,
    NoEarning,
    Referral,
    Role,
    Sale,
    commission,
    percent,
)
from commerce.domain.errors import DomainError
from commerce.domain.order import OrderStatus

RATES = CommissionRates(sharer_bp=500, help_sell_bp=1000)  # 5% and 10%


def sale(
    *,
    paid: int = 8800,
    status: OrderStatus = OrderStatus.PAID,
    buyer: str = "bob",
    organiser: str = "amy",
    sharer: str | None = "sue",
    help_seller: str | None = None,
) -> Sale:
    return Sale(
        order_id=7,
        group_buy_id=12,
        buyer=buyer,
        organiser=organiser,
        currency="CNY",
        paid=paid,
        status=status,
        sharer=sharer,
        help_seller=help_seller,
    )


def earned(split_sale: Sale, rates: CommissionRates = RATES, **kw: object) -> dict[str, int]:
    split = commission(split_sale, rates, **kw)  # type: ignore[arg-type]
    return {share.member: share.amount for share in split.shares}


# -- rates ---------------------------------------------------------------------------------------------
def test_rates_are_basis_points_from_zero_to_the_cap() -> None:
    assert CommissionRates() == CommissionRates(0, 0)
    assert CommissionRates(MAX_RATE_BP, MAX_RATE_BP).sharer_bp == 5000


@pytest.mark.parametrize("bad", [-1, MAX_RATE_BP + 1, 10_000])
def test_a_rate_outside_the_bounds_is_refused_with_one_clear_code(bad: int) -> None:
    with pytest.raises(DomainError) as refused:
        CommissionRates(sharer_bp=bad)
    assert refused.value.code == "commission_rate_invalid"
    assert refused.value.params == {"rate": percent(bad), "max": "50%"}
    with pytest.raises(DomainError):
        CommissionRates(help_sell_bp=bad)


def test_a_rate_must_be_a_whole_number_of_basis_points() -> None:
    with pytest.raises(DomainError):
        CommissionRates(sharer_bp=2.5)  # type: ignore[arg-type]
    with pytest.raises(DomainError):
        CommissionRates(sharer_bp=True)


def test_rates_read_as_people_write_them() -> None:
    assert [percent(bp) for bp in (0, 500, 250, 1234, 5, 10_000, -5)] == [
        "0%",
        "5%",
        "2.5%",
        "12.34%",
        "0.05%",
        "100%",
        "-0.05%",
    ]


def test_the_rates_have_one_slot_per_role_and_no_level_below_them() -> None:
    """Multi-level commission cannot be expressed in settings: there is nowhere to put a second level."""
    assert [f.name for f in dataclasses.fields(CommissionRates)] == ["sharer_bp", "help_sell_bp"]
    assert [f.name for f in dataclasses.fields(Sale) if f.name in ("sharer", "help_seller")] == [
        "sharer",
        "help_seller",
    ]


# -- who earns -----------------------------------------------------------------------------------------
def test_the_sharer_earns_their_rate_of_the_paid_amount() -> None:
    split = commission(sale(), RATES)
    assert earned(sale()) == {"sue": 440}  # 5% of ¥88
    assert (split.base, split.organiser_keeps, split.total) == (8800, 8360, 440)
    assert split.share(Role.SHARER) is not None and split.share(Role.HELP_SELLER) is None


def test_the_help_seller_earns_the_help_sell_rate_on_sales_in_their_listing() -> None:
    assert earned(sale(sharer=None, help_seller="hal")) == {"hal": 880}


def test_one_sharer_and_one_help_seller_both_earn_on_one_order() -> None:
    split = commission(sale(help_seller="hal"), RATES)
    assert {(s.member, s.role) for s in split.shares} == {("sue", Role.SHARER), ("hal", Role.HELP_SELLER)}
    assert split.parts == [("amy", 7480), ("sue", 440), ("hal", 880)]


def test_a_sale_without_a_sharer_or_listing_earns_nobody_anything() -> None:
    split = commission(sale(sharer=None), RATES)
    assert split.shares == () and split.refused == {} and split.organiser_keeps == 8800
    assert earned(sale(sharer="")) == {}


def test_nothing_is_earned_for_yourself() -> None:
    split = commission(sale(sharer="bob"), RATES)
    assert split.shares == () and split.refused == {Role.SHARER: NoEarning.SELF}


def test_a_listing_organiser_buying_in_their_own_listing_earns_nothing() -> None:
    split = commission(sale(buyer="hal", sharer=None, help_seller="hal"), RATES)
    assert split.shares == () and split.refused == {Role.HELP_SELLER: NoEarning.SELF}


def test_a_listing_organiser_sharing_their_own_listing_is_paid_once_as_help_seller() -> None:
    split = commission(sale(sharer="hal", help_seller="hal"), RATES)
    assert earned(sale(sharer="hal", help_seller="hal")) == {"hal": 880}
    assert split.refused == {Role.SHARER: NoEarning.OWN_LISTING_SHARED}


def test_the_organiser_earns_nothing_through_their_own_link_or_as_help_seller_of_their_own() -> None:
    assert commission(sale(sharer="amy"), RATES).refused == {Role.SHARER: NoEarning.ORGANISER}
    split = commission(sale(sharer=None, help_seller="amy"), RATES)
    assert split.shares == () and split.refused == {Role.HELP_SELLER: NoEarning.ORGANISER}


def test_the_organisers_own_order_earns_its_sharer_and_help_seller_nothing() -> None:
    split = commission(sale(buyer="amy", sharer="sue", help_seller="hal"), RATES)
    refused = {Role.SHARER: NoEarning.ORGANISERS_ORDER, Role.HELP_SELLER: NoEarning.ORGANISERS_ORDER}
    assert split.shares == () and split.refused == refused and split.organiser_keeps == 8800


def test_a_loop_earns_nothing_a_brought_b_and_b_brings_a_back() -> None:
    # amy's group buy; "ann" brought "ben" earlier; now ben's link brings ann back
    looped = sale(buyer="ann", sharer="ben")
    split = commission(looped, RATES, earlier=[Referral(referrer="ann", referred="ben")])
    assert split.shares == () and split.refused == {Role.SHARER: NoEarning.LOOP}
    # the other direction is no loop: ann's link bringing ben again earns
    assert earned(sale(buyer="ben", sharer="ann"), earlier=[Referral("ann", "ben")]) == {"ann": 440}


def test_nobody_earns_on_what_the_people_they_brought_later_sell() -> None:
    """ann brought ben, ben brought cat; cat's order through ben's link: ben only, never ann."""
    chain = [Referral("ann", "ben"), Referral("ben", "cat")]
    assert earned(sale(buyer="dan", sharer="ben"), earlier=chain) == {"ben": 440}
    assert earned(sale(buyer="cat", sharer="ben"), earlier=chain) == {"ben": 440}


@pytest.mark.parametrize(
    ("status", "paid"),
    [
        (OrderStatus.PENDING_PAYMENT, 0),
        (OrderStatus.PENDING_PAYMENT, 8800),  # however it is described, an unpaid order earns nothing
        (OrderStatus.CANCELLED, 0),
        (OrderStatus.REFUNDED, 0),
        (OrderStatus.REFUNDED, 8800),
        (OrderStatus.PAID, 0),
    ],
)
def test_an_unpaid_cancelled_or_refunded_order_earns_nothing(status: OrderStatus, paid: int) -> None:
    split = commission(sale(status=status, paid=paid, help_seller="hal"), RATES)
    assert split.shares == () and split.base == 0 and split.organiser_keeps == 0
    assert split.refused == {Role.SHARER: NoEarning.NOT_PAID, Role.HELP_SELLER: NoEarning.NOT_PAID}


def test_a_picked_up_order_earns_like_a_paid_one() -> None:
    assert earned(sale(status=OrderStatus.FULFILLED)) == {"sue": 440}


def test_a_rate_of_zero_earns_nothing() -> None:
    split = commission(sale(), CommissionRates(0, 1000))
    assert split.shares == () and split.refused == {Role.SHARER: NoEarning.NO_RATE}


# -- rounding ------------------------------------------------------------------------------------------
def test_commission_is_rounded_down_and_the_organiser_keeps_the_remainder() -> None:
    split = commission(sale(paid=999, help_seller="hal"), CommissionRates(333, 333))  # 3.33% of ¥9.99
    assert [s.amount for s in split.shares] == [33, 33]  # 33.2667 each
    assert split.organiser_keeps == 933 and sum(amount for _, amount in split.parts) == 999


def test_a_commission_below_one_minor_unit_is_nothing() -> None:
    split = commission(sale(paid=19), CommissionRates(500, 0))  # 5% of 19 fen = 0.95 fen
    assert split.shares == () and split.refused == {Role.SHARER: NoEarning.TOO_SMALL}
    assert split.organiser_keeps == 19


def test_whole_unit_currencies_round_the_same_way() -> None:
    stars = dataclasses.replace(sale(paid=99), currency="XTR")
    assert [s.amount for s in commission(stars, CommissionRates(1000, 0)).shares] == [9]


# -- for every input -----------------------------------------------------------------------------------
members = st.sampled_from(["amy", "bob", "sue", "hal", "ann", "ben"])
sales = st.builds(
    Sale,
    order_id=st.integers(1, 10**6),
    group_buy_id=st.integers(1, 10**6),
    buyer=members,
    organiser=members,
    currency=st.sampled_from(["CNY", "XTR", "JPY"]),
    paid=st.integers(-(10**6), 10**12),
    status=st.sampled_from(list(OrderStatus)),
    sharer=st.none() | members,
    help_seller=st.none() | members,
)
rates = st.builds(CommissionRates, st.integers(0, MAX_RATE_BP), st.integers(0, MAX_RATE_BP))
referrals = st.lists(st.builds(Referral, members, members), max_size=6)


@given(sales, rates, referrals)
def test_every_split_adds_up_and_stays_within_the_paid_amount(
    any_sale: Sale, any_rates: CommissionRates, earlier: list[Referral]
) -> None:
    split = commission(any_sale, any_rates, earlier=earlier)
    assert sum(amount for _, amount in split.parts) == split.base
    assert all(amount >= 0 for _, amount in split.parts)
    assert 0 <= split.total <= split.base <= max(any_sale.paid, 0)
    for share in split.shares:
        rate = any_rates.sharer_bp if share.role is Role.SHARER else any_rates.help_sell_bp
        assert 0 < share.amount * 10_000 <= split.base * rate  # never more than the rate


@given(sales, rates, referrals)
def test_only_the_direct_sharer_and_help_seller_ever_earn_each_at_most_once(
    any_sale: Sale, any_rates: CommissionRates, earlier: list[Referral]
) -> None:
    split = commission(any_sale, any_rates, earlier=earlier)
    roles = [share.role for share in split.shares]
    assert len(roles) == len(set(roles)) <= 2
    for share in split.shares:
        expected = any_sale.sharer if share.role is Role.SHARER else any_sale.help_seller
        assert share.member == expected
        assert share.member not in (any_sale.buyer, any_sale.organiser)
        assert Referral(any_sale.buyer, share.member) not in earlier or share.role is Role.HELP_SELLER
    if any_sale.status not in (OrderStatus.PAID, OrderStatus.FULFILLED):
        assert split.shares == () and split.base == 0

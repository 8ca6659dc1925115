"""The rules of an option (多规格) changed live and waited for: `修改 5斤 价格 80` lowers that option's price
only, the tiers keep their discount, an option's stock not below what is taken of it; a member waits for
an option, and moves in once the option and the group buy both have room (skip-ahead, one queue)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from commerce.domain.edits import Edited, TermsChange, edit_terms
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, PriceTier, ProductOption, Terms
from commerce.domain.options import with_options
from commerce.domain.waiting import WaitingEntry, check_wait, moving_in, units_left

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
SMALL, BIG = ProductOption("3斤", 5800, 5), ProductOption("5斤", 8800)


def opened(
    *options: ProductOption, stock: int | None = None, discounts: tuple[int, ...] = (500,)
) -> GroupBuy:
    base = Terms(title="芒果", unit_price=1, stock=stock, target=2, deadline=NOW + timedelta(hours=8))
    terms = with_options(base, options or (SMALL, BIG))
    cheapest = terms.unit_price
    tiers = tuple(PriceTier(10 * (n + 1), cheapest - off) for n, off in enumerate(discounts))
    group_buy = GroupBuy.open(
        chat_id="family",
        organiser_id="amy",
        organiser_name="Amy",
        terms=Terms(**{**terms.__dict__, "tiers": tiers}),
        now=NOW,
    )
    group_buy.id, group_buy.is_new = 1, False
    group_buy.option_sold = {option.name: 0 for option in group_buy.terms.options}
    return group_buy


def edit(group_buy: GroupBuy, **change: object) -> Edited:
    return edit_terms(
        group_buy,
        TermsChange(**change),
        actor="amy",
        is_admin=False,
        now=NOW,
        max_unit_price=100_000,  # type: ignore[arg-type]
    )


def refused(group_buy: GroupBuy, **change: object) -> tuple[str, dict[str, object]]:
    before = group_buy.terms
    with pytest.raises(DomainError) as caught:
        edit(group_buy, **change)
    assert group_buy.terms == before  # nothing changed
    return caught.value.code, caught.value.params


def test_an_options_price_goes_down_and_the_tiers_keep_their_discount() -> None:
    group_buy = opened()
    group_buy.sold, group_buy.option_sold = 10, {"3斤": 4, "5斤": 6}  # the ¥5 off is reached

    edited = edit(group_buy, title="5斤", unit_price=5000)

    assert [(o.name, o.unit_price) for o in group_buy.terms.options] == [("3斤", 5800), ("5斤", 5000)]
    assert group_buy.terms.unit_price == 5000 and group_buy.terms.tiers == (PriceTier(10, 4500),)
    assert group_buy.option_price(group_buy.terms.options[0]) == 5300  # 3斤 still ¥5 off
    assert (edited.option, edited.option_price, edited.price_change()) == ("5斤", (8300, 4500), None)
    assert edited.changed_terms() == [] and edited.changed_options() == [(BIG, ProductOption("5斤", 5000))]


def test_an_options_stock_may_rise_or_fall_but_not_below_what_is_taken_of_it() -> None:
    group_buy = opened()
    group_buy.sold, group_buy.option_sold = 4, {"3斤": 4, "5斤": 0}

    assert edit(group_buy, title="3斤", stock=9).changed_options() == [(SMALL, ProductOption("3斤", 5800, 9))]
    assert refused(group_buy, title="3斤", stock=3) == (
        "edit_option_stock_below_sold",
        {"option": "3斤", "stock": 3, "sold": 4, "id": 1},  # the `/remove #1 @name` example's number
    )
    edit(group_buy, title="3斤", stock=4)  # exactly what is taken: sold out, allowed


def test_an_options_price_never_goes_up_once_someone_joined_and_a_price_must_name_an_option() -> None:
    group_buy = opened()
    group_buy.sold = 1

    assert refused(group_buy, title="3斤", unit_price=6000) == (
        "edit_price_up",
        {"price": "¥58", "new": "¥60"},
    )
    assert refused(group_buy, unit_price=5000)[0] == "edit_option_which"
    assert refused(group_buy, title="7斤", unit_price=5000) == (
        "option_unknown",
        {"name": "7斤", "choices": "3斤 ¥58 / 5斤 ¥88"},
    )
    assert refused(group_buy, title="5斤", target=3) == ("edit_option_usage", {"option": "5斤", "id": 1})
    assert refused(group_buy, tiers=(PriceTier(10, 5000),)) == ("edit_options", {})
    assert refused(group_buy, title="3斤", unit_price=400)[0] == "tier_discount_too_big"  # ¥5 off ¥4
    assert refused(group_buy, title="3斤", unit_price=5800)[0] == "edit_unchanged"


def test_a_title_that_names_no_option_is_a_title_and_the_rest_is_the_group_buys() -> None:
    group_buy = opened(stock=20)

    edited = edit(group_buy, title="大芒果", stock=30)

    assert (group_buy.terms.title, group_buy.terms.stock, edited.option) == ("大芒果", 30, "")
    assert edited.changed_terms() == ["title", "stock"]


def entry(user: str, quantity: int, option: str, minutes: int) -> WaitingEntry:
    return WaitingEntry(
        1, user, user.title(), quantity, NOW + timedelta(minutes=minutes), minutes + 1, option
    )


def test_a_member_waits_for_an_option_the_option_or_the_whole_stock_cannot_cover() -> None:
    group_buy = opened(stock=8, discounts=())
    group_buy.sold, group_buy.option_sold = 5, {"3斤": 5, "5斤": 0}
    small, big = group_buy.terms.options

    check_wait(group_buy, have=0, quantity=1, now=NOW, option=small)  # 3斤 sold out
    with pytest.raises(DomainError) as enough:
        check_wait(group_buy, have=0, quantity=3, now=NOW, option=big)  # 3 of the stock left
    check_wait(group_buy, have=0, quantity=4, now=NOW, option=big)
    with pytest.raises(DomainError) as unlimited:
        check_wait(opened(), have=0, quantity=1, now=NOW, option=BIG)

    assert (enough.value.code, enough.value.params["left"]) == ("waitlist_option_not_needed", 3)
    assert unlimited.value.code == "waitlist_option_no_stock"
    assert (units_left(group_buy, small), units_left(group_buy, big), units_left(group_buy)) == (0, 3, 3)


def test_moving_in_fits_each_entry_in_its_options_room_and_the_whole_room() -> None:
    queue = [entry("bob", 2, "3斤", 0), entry("cat", 1, "5斤", 1), entry("dan", 1, "3斤", 2)]

    assert [e.user_id for e in moving_in(queue, 10, {"3斤": 1, "5斤": None})] == ["cat", "dan"]
    assert [e.user_id for e in moving_in(queue, 2, {"3斤": 5, "5斤": None})] == ["bob"]
    assert [e.user_id for e in moving_in(queue, 3, {"3斤": 2, "5斤": 0})] == ["bob"]
    assert moving_in(queue, 0, {"3斤": 5}) == []

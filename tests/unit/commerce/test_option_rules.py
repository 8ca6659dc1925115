"""Product options (多规格): terms that can happen, an option per line, each option's own stock, and the
tiers as a discount per unit on every option, counted on the total of all options."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, Participant, PriceTier, ProductOption, Terms
from commerce.domain.options import option_at, option_in_note, tiers_from_discounts, with_options
from commerce.domain.order import Order
from handlers.parsing.terms import parse_terms

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
SHANGHAI = ZoneInfo("Asia/Shanghai")
SMALL, BIG = ProductOption("3斤", 5800, 20), ProductOption("5斤", 8800)


def terms(*options: ProductOption, tiers: tuple[PriceTier, ...] = (), **more: object) -> Terms:
    plain = Terms(title="海南芒果", unit_price=1, tiers=tiers, deadline=NOW + timedelta(hours=8))
    return with_options(replace(plain, **more), options)  # type: ignore[arg-type]


def opened(*options: ProductOption, tiers: tuple[PriceTier, ...] = (), **more: object) -> GroupBuy:
    group_buy = GroupBuy.open(
        chat_id="family",
        organiser_id="amy",
        organiser_name="Amy",
        terms=terms(*options, tiers=tiers, **more),
        now=NOW,
    )
    group_buy.id, group_buy.is_new = 1, False
    return group_buy


def refusal(run: object) -> tuple[str, dict[str, object]]:
    with pytest.raises(DomainError) as refused:
        run()  # type: ignore[operator]
    return refused.value.code, refused.value.params


# -- opening ------------------------------------------------------------------------------------------
def test_the_base_price_is_the_cheapest_options_and_stocks_add_up_to_a_cap() -> None:
    group_buy = opened(BIG, SMALL)
    assert group_buy.terms.unit_price == 5800
    assert group_buy.terms.stock_cap is None  # 5斤 has no stock of its own
    capped = terms(SMALL, ProductOption("5斤", 8800, 10))
    assert capped.stock_cap == 30
    assert replace(capped, stock=25).stock_cap == 25


@pytest.mark.parametrize(
    ("options", "more", "code"),
    [
        ((ProductOption("3斤", 5800), ProductOption("3斤", 6800)), {}, "option_twice"),
        ((ProductOption("5KG", 5800), ProductOption("5kg", 6800)), {}, "option_twice"),
        ((ProductOption("1 2", 5800),), {}, "option_name_invalid"),  # `大 果`, `egg yolk` are names
        ((ProductOption("12", 5800),), {}, "option_name_invalid"),
        ((ProductOption("#3", 5800),), {}, "option_name_invalid"),
        ((ProductOption("特大号精选礼盒装海南贵妃芒果两箱起送", 5800),), {}, "option_name_too_long"),
        ((ProductOption("3斤", 0),), {}, "price_not_positive"),
        ((ProductOption("3斤", 5800, 0),), {}, "option_stock_out_of_range"),
        (tuple(ProductOption(f"{n}斤", 100 * n) for n in range(1, 10)), {}, "options_too_many"),
        ((ProductOption("3斤", 5800, 2), ProductOption("5斤", 8800, 2)), {"target": 5}, "stock_below_target"),
    ],
)
def test_options_that_could_never_be_sold_are_refused(
    options: tuple[ProductOption, ...], more: dict[str, object], code: str
) -> None:
    assert refusal(lambda: terms(*options, **more).validated(NOW))[0] == code


def test_a_tier_beyond_what_every_options_stock_allows_is_refused() -> None:
    capped = terms(ProductOption("3斤", 5800, 4), ProductOption("5斤", 8800, 4), tiers=(PriceTier(10, 5300),))
    assert refusal(lambda: capped.validated(NOW)) == (
        "tier_above_stock_options",
        {"quantity": 10, "stock": 8, "unit": ""},
    )


def test_opening_words_read_options_and_discount_tiers() -> None:
    read = parse_terms(
        "海南芒果 规格 3斤:58:20,5斤:88 阶梯 10:-5,20:减10 成团 5", currency="CNY", now=NOW, tz=SHANGHAI
    )
    assert read.options == (SMALL, BIG)
    assert read.unit_price == 5800
    assert read.tiers == (PriceTier(10, 5300), PriceTier(20, 4800))
    english = parse_terms("Mangoes options 3kg:58,5kg:88.50", currency="CNY", now=NOW, tz=SHANGHAI)
    assert english.options == (ProductOption("3kg", 5800), ProductOption("5kg", 8850))
    plain = parse_terms("苹果 价格 30 阶梯 10:-5", currency="CNY", now=NOW, tz=SHANGHAI)
    assert (plain.options, plain.tiers) == ((), (PriceTier(10, 2500),))  # a discount without options too


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("芒果 规格 3斤:58 价格 58", "options_with_price"),
        ("芒果 规格 3斤58", "options_usage"),
        ("芒果 规格 3斤:abc", "option_price_invalid"),
        ("芒果 规格 3斤:58:lots", "option_stock_invalid"),
        ("芒果 规格 3斤:58,5斤:88 阶梯 10:50", "option_tiers_discount"),
        ("芒果 规格 3斤:58,5斤:88 阶梯 10:-58", "tier_discount_too_big"),
    ],
)
def test_opening_words_that_cannot_be_options_get_their_own_message(text: str, code: str) -> None:
    assert refusal(lambda: parse_terms(text, currency="CNY", now=NOW, tz=SHANGHAI))[0] == code


def test_a_discount_that_leaves_nothing_to_pay_is_refused_with_the_numbers() -> None:
    assert tiers_from_discounts(5800, [(10, 500)], "CNY") == (PriceTier(10, 5300),)
    assert refusal(lambda: tiers_from_discounts(5800, [(10, 5800)], "CNY")) == (
        "tier_discount_too_big",
        {"quantity": 10, "discount": "¥58", "price": "¥58"},
    )


# -- joining and leaving ------------------------------------------------------------------------------
def test_a_join_names_its_option_or_is_asked_which_unless_there_is_one() -> None:
    group_buy = opened(SMALL, BIG)
    code, params = refusal(
        lambda: group_buy.join(None, user_id="bob", display_name="Bob", quantity=1, now=NOW)
    )
    assert (code, params["choices"], params["example"]) == ("option_which", "3斤 ¥58 / 5斤 ¥88", "5斤")
    line = group_buy.join(None, user_id="bob", display_name="Bob", quantity=2, now=NOW, option="5斤")
    assert (line.option, line.quantity, line.key) == ("5斤", 2, ("bob", "", "5斤"))
    assert group_buy.option_sold == {"5斤": 2} and group_buy.sold == 2
    only = opened(SMALL)
    assert only.join(None, user_id="bob", display_name="Bob", quantity=1, now=NOW).option == "3斤"
    assert refusal(lambda: only.join(None, user_id="b", display_name="B", quantity=1, now=NOW, option="9斤"))[
        0
    ] == ("option_unknown")


def test_a_group_buy_without_options_refuses_an_option() -> None:
    plain = opened()
    plain.terms = Terms(title="苹果", unit_price=3000, deadline=NOW + timedelta(hours=1))
    assert refusal(
        lambda: plain.join(None, user_id="b", display_name="B", quantity=1, now=NOW, option="5斤")
    )[0] == ("options_none")


def test_each_option_has_its_own_stock_and_the_total_caps_them_all() -> None:
    group_buy = opened(ProductOption("礼盒", 12800, 2), BIG, stock=5)
    group_buy.join(None, user_id="amy", display_name="Amy", quantity=2, now=NOW, option="礼盒")
    assert refusal(
        lambda: group_buy.join(None, user_id="b", display_name="B", quantity=1, now=NOW, option="礼盒")
    ) == (
        "option_sold_out",
        {"option": "礼盒", "title": "海南芒果", "room": 2, "others": ["5斤"], "limit": None},
    )
    group_buy.join(None, user_id="cat", display_name="Cat", quantity=2, now=NOW, option="5斤")
    assert refusal(
        lambda: group_buy.join(None, user_id="b", display_name="B", quantity=2, now=NOW, option="5斤")
    ) == (  # the example names it; `held`: what she holds of it (a pasted line's answer says so)
        "option_not_enough",
        {"option": "5斤", "left": 1, "title": "海南芒果", "held": 0},
    )
    group_buy.join(None, user_id="dan", display_name="Dan", quantity=1, now=NOW, option="5斤")
    assert refusal(
        lambda: group_buy.join(None, user_id="b", display_name="B", quantity=1, now=NOW, option="5斤")
    ) == ("options_sold_out", {"title": "海南芒果", "option": "5斤", "room": 5})  # its waiting list offered


def test_leaving_an_option_gives_its_units_back() -> None:
    group_buy = opened(SMALL, BIG)
    line = group_buy.join(None, user_id="bob", display_name="Bob", quantity=3, now=NOW, option="3斤")
    left = group_buy.leave(line, quantity=1, now=NOW)
    assert (left.quantity, left.option, group_buy.option_sold, group_buy.sold) == (2, "3斤", {"3斤": 2}, 2)


def test_an_option_is_found_in_the_words_of_a_join_and_by_its_button() -> None:
    group_buy = opened(SMALL, ProductOption("5KG", 8800))
    assert option_in_note(group_buy, "5kg 3号楼502") == ("5KG", "3号楼502")
    assert option_in_note(group_buy, "3号楼 3斤") == ("3斤", "3号楼")
    assert option_in_note(group_buy, "3号楼502") == ("", "3号楼502")
    assert option_at(group_buy, 2) == "5KG"
    assert refusal(lambda: option_at(group_buy, 3))[0] == "option_gone"


# -- prices -------------------------------------------------------------------------------------------
def test_a_tier_reached_by_the_total_takes_its_discount_off_every_option() -> None:
    tiers = tiers_from_discounts(5800, [(4, 500), (8, 1000)], "CNY")
    group_buy = opened(SMALL, BIG, tiers=tiers)
    group_buy.join(None, user_id="bob", display_name="Bob", quantity=3, now=NOW, option="3斤")
    assert [group_buy.option_price(o) for o in (SMALL, BIG)] == [5800, 8800]
    group_buy.join(None, user_id="cat", display_name="Cat", quantity=1, now=NOW, option="5斤")  # 4 in total
    assert [group_buy.option_price(o) for o in (SMALL, BIG)] == [5300, 8300]
    assert group_buy.option_price(BIG, at=8) == 7800
    assert group_buy.option_choices() == "3斤 ¥53 / 5斤 ¥83"


def test_an_order_has_a_line_per_option_at_its_price() -> None:
    tiers = tiers_from_discounts(5800, [(4, 500)], "CNY")
    group_buy = opened(SMALL, BIG, tiers=tiers)
    lines = [
        group_buy.join(None, user_id="bob", display_name="Bob", quantity=2, now=NOW, option="3斤"),
        group_buy.join(None, user_id="bob", display_name="Bob", quantity=1, now=NOW, option="5斤"),
        group_buy.join(
            None, user_id="bob", display_name="Bob", quantity=1, now=NOW, option="5斤", friend="小王"
        ),
    ]
    group_buy.close(actor="amy", is_admin=False, now=NOW)

    order = Order.for_member(group_buy, lines, now=NOW)

    assert [(line.description, line.quantity, line.unit_price) for line in order.lines] == [
        ("海南芒果 3斤", 2, 5300),
        ("海南芒果 5斤", 1, 8300),
        ("海南芒果 5斤 (小王)", 1, 8300),
    ]
    assert order.total == 27200


@st.composite
def _buys(draw: st.DrawFn) -> tuple[GroupBuy, list[Participant]]:
    count = draw(st.integers(1, 4))
    prices = draw(st.lists(st.integers(100, 100_000), min_size=count, max_size=count))
    options = [ProductOption(f"{n}号", price) for n, price in enumerate(prices, 1)]
    cheapest = min(prices)
    quantities = sorted(set(draw(st.lists(st.integers(2, 40), max_size=3))))
    discounts = sorted(
        set(draw(st.lists(st.integers(1, cheapest - 1), min_size=len(quantities), max_size=3)))
    )
    tiers = tiers_from_discounts(
        cheapest, list(zip(quantities, discounts[: len(quantities)], strict=False)), "CNY"
    )
    group_buy = opened(*options, tiers=tiers[: len(discounts)])
    picks = draw(
        st.lists(st.tuples(st.sampled_from(options), st.integers(1, 9), st.sampled_from(["", "小王"])))
    )
    lines: dict[tuple[str, str], Participant] = {}
    for option, quantity, friend in picks or [(options[0], 1, "")]:
        current = lines.get((option.name, friend))
        lines[(option.name, friend)] = group_buy.join(
            current,
            user_id="bob",
            display_name="Bob",
            quantity=quantity,
            now=NOW,
            option=option.name,
            friend=friend,
        )
    others = draw(st.integers(0, 40))  # the rest of the group, who move the tier
    if others:
        group_buy.join(
            None, user_id="cat", display_name="Cat", quantity=others, now=NOW, option=options[-1].name
        )
    return group_buy, list(lines.values())


@given(_buys())
def test_a_members_total_is_the_sum_of_each_lines_quantity_at_its_options_price_reached(
    bought: tuple[GroupBuy, list[Participant]],
) -> None:
    group_buy, lines = bought
    group_buy.close(actor="amy", is_admin=False, now=NOW)
    reached = group_buy.unit_price_for(group_buy.sold)
    discount = group_buy.terms.unit_price - reached

    order = Order.for_member(group_buy, lines, now=NOW)

    by_name = {option.name: option for option in group_buy.terms.options}
    expected = sum(line.quantity * (by_name[line.option].unit_price - discount) for line in lines)
    assert order.total == expected
    assert order.quantity == sum(line.quantity for line in lines)
    assert all(line.unit_price > 0 for line in order.lines)

"""Product options (多规格) as the chat shows them: the card's options block and Join buttons, a line's
title (`Mangoes 5kg`), the price a join reached. The rules are commerce.domain.options'.

The card lists every option with its price now, what is taken and what is left (and how many wait
for it, 候补), then the tiers as a discount on the total of all options; one Join button per option
(`gb:join:12:2`, two a row; a sold-out option has a Wait button instead, `gb:wait:12:2`), then Leave and
Progress. WeChat shows the same buttons as numbered choices.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from commerce.domain.group_buy import GroupBuy, Participant, ProductOption
from commerce.domain.money import format_money
from handlers.buttons import CardAction, CardButton
from handlers.texts import t
from handlers.texts.units import per_unit
from handlers.types import Button

BUTTONS_PER_ROW = 2  # `跟团 3斤` `跟团 5斤`: short enough side by side on a phone


def _money(minor: int, group_buy: GroupBuy) -> str:
    return format_money(minor, group_buy.terms.currency)


def line_title(group_buy: GroupBuy, line: Participant) -> str:
    """`Mangoes 5kg`: the title with the line's option (the title alone without one)."""
    return f"{group_buy.terms.title} {line.option}" if line.option else group_buy.terms.title


def price_text(group_buy: GroupBuy) -> str:
    """What "at {price} each" says: the price reached, or each option's (`3斤 ¥53 / 5斤 ¥83`)."""
    if group_buy.terms.options:
        return group_buy.option_choices()
    return _money(group_buy.current_unit_price, group_buy)


def priced(group_buy: GroupBuy, lang: str, price: str | None = None) -> str:
    """A price where the text says what it is per: `¥15/斤`, "¥15 each" (`price`, else the price now);
    with options every option's price alike, `大 ¥20/份 / 小 ¥12/份` (never `大 ¥20 / 小 ¥12/份`, the unit
    on the last alone), "big ¥20 / small ¥12 each" ("each" said once, of them all)."""
    if group_buy.terms.options:
        each = [
            t(
                lang,
                "price_option_item",
                option=option.name,
                price=_money(group_buy.option_price(option), group_buy),
            )
            for option in group_buy.terms.options
        ]
        return t(lang, "price_option_items", prices=" / ".join(each))
    return per_unit(lang, price_text(group_buy) if price is None else price, group_buy.terms.unit)


def price_line_of(group_buy: GroupBuy, line: Participant, lang: str) -> str | None:
    """`5kg: now ¥83 each — 3 more in total takes another ¥5 off each.`: what a join of an option did to
    its price (None without options: handlers.cards.price_line says it)."""
    return price_line_for(group_buy, line.option, lang)


def price_line_for(group_buy: GroupBuy, option_name: str | None, lang: str) -> str | None:
    """`price_line_of` for the option called `option_name` (None: every option's price)."""
    option = group_buy.option_named(option_name) if option_name else None
    if option is None:  # a removal's sum of lines: every option's price
        if not group_buy.terms.options:
            return None
        return t(lang, "price_now", price=priced(group_buy, lang))
    price = _money(group_buy.option_price(option), group_buy)
    upcoming = group_buy.next_tier()
    if upcoming is None:
        return _sentence(t(lang, "price_option_now", option=option.name, price=price), lang)
    left, tier = upcoming
    discount = _money(group_buy.current_unit_price - tier.unit_price, group_buy)  # the extra cut from now
    if _no_tier_yet(group_buy):
        text = t(lang, "price_option_first", option=option.name, price=price, left=left, discount=discount)
    else:
        text = t(lang, "price_option_next", option=option.name, price=price, left=left, discount=discount)
    return _sentence(text, lang)


def _no_tier_yet(group_buy: GroupBuy) -> bool:
    """Below the first tier the next one is the first cut (`每份减 ¥5`), not "another" (`每份再减`)."""
    return group_buy.current_unit_price == group_buy.terms.unit_price


def each_price(group_buy: GroupBuy, lang: str, only: str = "") -> str:
    """`3斤 ¥58/份，5斤 ¥88/份`: every option's price now (the tier reached taken off; once closed, the
    price each closed at); `only`: that option's alone (`5斤多少钱`: `5斤 ¥88/份`)."""
    each = [
        t(
            lang,
            "price_options_each",
            option=option.name,
            price=_money(group_buy.option_price(option), group_buy),
        )
        for option in group_buy.terms.options
        if not only or option.name == only
    ]
    return t(lang, "price_options_separator").join(each)


def prices_line(group_buy: GroupBuy, lang: str, only: str = "") -> str:
    """`3斤 ¥58/份，5斤 ¥88/份，总数再有 10 份，每份再减 ¥5。`: what each option costs now and how far
    the next tier is (问 多少钱 of a group buy with options; handlers.cards.price_line without); `only`:
    that option's price alone (`5斤多少钱`: `5斤 ¥88/份，总数再有 10 份，每份再减 ¥5。`)."""
    prices = each_price(group_buy, lang, only)
    upcoming = group_buy.next_tier() if group_buy.is_open else None
    if upcoming is None:
        return _sentence(t(lang, "price_options_now", prices=prices), lang)
    left, tier = upcoming
    discount = _money(group_buy.current_unit_price - tier.unit_price, group_buy)  # the extra cut from now
    if _no_tier_yet(group_buy):
        return _sentence(t(lang, "price_options_first", prices=prices, left=left, discount=discount), lang)
    return _sentence(t(lang, "price_options_next", prices=prices, left=left, discount=discount), lang)


def units_by_option(group_buy: GroupBuy, lines: Sequence[Participant], lang: str) -> str:
    """`3斤 ×2、5斤 ×1`: a member's units of each option their `lines` hold (options they hold none of
    left out)."""
    held = [
        (option.name, sum(line.quantity for line in lines if line.option == option.name))
        for option in group_buy.terms.options
    ]
    return t(lang, "list_separator").join(
        t(lang, "ask_units_option", option=name, units=units) for name, units in held if units
    )


def _sentence(text: str, lang: str) -> str:
    """An English sentence that starts with an option's name (`large: now ¥50 each.`) starts with a
    capital (`Large: …`); Chinese has no case, and the name elsewhere keeps the organiser's spelling."""
    return text[:1].upper() + text[1:] if lang == "en" else text


def head_lines(
    group_buy: GroupBuy,
    lang: str,
    waiting: Mapping[str, int] | None = None,
    *,
    dropped: Mapping[str, int] | None = None,
    all_groups: bool = False,
    stock_kept: bool = False,
) -> list[str]:
    """The card's options block: a heading (with tiers: saying they count all options together), a line per
    option (with its queue: `waiting`, by option; its "taken" less its `dropped` units: of refunded and
    cancelled orders), the tiers as
    discounts, and how far the next one is (while it is open).

    `all_groups` (帮卖: a card whose progress counts other groups' units too): each option's "taken",
    which every group's joins fill (one stock), says so, as the progress line does (`已订 3（各群合计）`).
    `stock_kept` (the console's page): each option's stock left after the close too, its stock less its
    "taken" now (the card stops saying it once nobody can join)."""
    lines = [t(lang, "card_options" if group_buy.terms.tiers else "card_options_no_tiers")]
    shared = None  # closed, on the console's page: the stock the options share left now (rep96 #6)
    if stock_kept and not group_buy.is_open and group_buy.terms.stock is not None:
        taken = sum(
            max(group_buy.option_sold.get(option.name, 0) - (dropped or {}).get(option.name, 0), 0)
            for option in group_buy.terms.options
        )
        shared = max(group_buy.terms.stock - taken, 0)
    lines += [
        _option_line(
            group_buy,
            option,
            lang,
            (waiting or {}).get(option.name, 0),
            (dropped or {}).get(option.name, 0),
            all_groups=all_groups,
            stock_kept=stock_kept,
            shared=shared,
        )
        for option in group_buy.terms.options
    ]
    tiers = group_buy.terms.tiers
    if tiers:
        base = group_buy.terms.unit_price
        shown = " · ".join(
            t(
                lang,
                "card_option_tier",
                quantity=tier.min_quantity,
                discount=_money(base - tier.unit_price, group_buy),
            )
            for tier in tiers
        )
        lines.append(t(lang, "card_option_tiers", tiers=shown))
        upcoming = group_buy.next_tier() if group_buy.is_open else None
        if upcoming is not None:
            left, tier = upcoming
            discount = _money(base - tier.unit_price, group_buy)
            lines.append(t(lang, "card_option_next", left=left, discount=discount))
    return lines


def _option_line(
    group_buy: GroupBuy,
    option: ProductOption,
    lang: str,
    waiting: int = 0,
    dropped: int = 0,
    *,
    all_groups: bool = False,
    stock_kept: bool = False,
    shared: int | None = None,
) -> str:
    price, discount = group_buy.option_price(option), group_buy.option_discount()
    shown = _money(price, group_buy)
    if discount:
        shown = t(
            lang,
            "card_option_discounted",
            price=shown,
            base=_money(option.unit_price, group_buy),
            discount=_money(discount, group_buy),
        )
    sold = max(group_buy.option_sold.get(option.name, 0) - dropped, 0)
    text = t(lang, "card_option", name=option.name, price=shown, sold=sold)
    if all_groups:
        text += t(lang, "card_option_all_groups")
    left = group_buy.option_left(option)
    if stock_kept and not group_buy.is_open and option.stock is not None:  # as the page's Stock: now
        left = max(option.stock - sold, 0)
        if shared is not None:  # never more than the stock the options share has left
            left = min(left, shared)
    if left is not None and (group_buy.is_open or stock_kept):
        text += t(lang, "card_option_left", left=left) if left > 0 else t(lang, "card_option_sold_out")
    if waiting and group_buy.is_open:
        text += t(lang, "card_option_waiting", count=waiting)
    return text


def _left(group_buy: GroupBuy, option: ProductOption) -> int | None:
    """What a join of an option can still take: its own stock left, or nothing once the group buy's
    stock is gone (None: no stock caps it)."""
    left, total = group_buy.option_left(option), group_buy.stock_left
    if total is not None and total <= 0:
        return 0
    return left


def units_line(
    group_buy: GroupBuy,
    lines: Sequence[Participant],
    lang: str,
    *,
    dropped: Collection[str] = (),
    units_refunded: Mapping[str, Mapping[str, int]] | None = None,
) -> str:
    """`By option: 3斤 ×3 · 5斤 ×2` under the list: how many of each option (none taken: ×0), the
    `dropped` buyers' units (refunded or cancelled orders) left out, and the units part refunds gave
    back (`units_refunded`: buyer -> option -> units, rep80 #3)."""
    kept = [line for line in lines if line.user_id not in dropped]
    back = units_refunded or {}
    buyers = {line.user_id for line in kept}

    def taken(name: str) -> int:
        held = sum(line.quantity for line in kept if line.option == name)
        return held - sum(back.get(buyer, {}).get(name, 0) for buyer in buyers)

    totals = " · ".join(f"{option.name} ×{taken(option.name)}" for option in group_buy.terms.options)
    return t(lang, "list_option_totals", totals=totals)


def buttons(group_buy: GroupBuy, lang: str) -> tuple[tuple[Button, ...], ...]:
    """A Join button per option that can still be had (a Wait one, 候补, per option sold out), two a
    row, then Leave and Progress."""
    assert group_buy.id is not None
    joins = []
    for n, option in enumerate(group_buy.terms.options, 1):
        left = _left(group_buy, option)
        if left is None or left > 0:
            data = CardButton(CardAction.JOIN, group_buy.id, n).pack()
            joins.append(Button(t(lang, "btn_join_option", option=option.name), data))
        else:
            data = CardButton(CardAction.WAIT, group_buy.id, n).pack()
            joins.append(Button(t(lang, "btn_wait_option", option=option.name), data))
    rows = [tuple(joins[i : i + BUTTONS_PER_ROW]) for i in range(0, len(joins), BUTTONS_PER_ROW)]
    rows.append(
        (
            Button(t(lang, "btn_leave"), CardButton(CardAction.LEAVE, group_buy.id).pack()),
            Button(t(lang, "btn_status"), CardButton(CardAction.STATUS, group_buy.id).pack()),
        )
    )
    return tuple(rows)

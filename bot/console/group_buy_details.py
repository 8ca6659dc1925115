"""What a group buy's console page says of its terms: price, tiers, options, stock, limit, pickup and
payment, in the console reader's language, worded as the card words them (the same unit texts)."""

from __future__ import annotations

from collections.abc import Mapping
from zoneinfo import ZoneInfo

from commerce.domain.commission import percent
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.money import format_money
from handlers import options
from handlers.texts import t
from handlers.texts import units as unit_texts
from handlers.texts.pickup import pickup_text


def details(
    group_buy: GroupBuy,
    lang: str,
    tz: ZoneInfo,
    *,
    option_dropped: Mapping[str, int] | None = None,
    sold: int | None = None,
) -> list[tuple[str, str]]:
    """(label, value) pairs, only for what the group buy has: no "Stock: –" for one without stock.
    `option_dropped` (多规格): each option's units of refunded and cancelled orders, left out of its
    "taken" as on the card. `sold`: the page's Sold (units_sold: refunded and cancelled orders out),
    so the stock left is the stock less it, as now (sold + left = stock), not as at the close."""
    terms = group_buy.terms
    unit = terms.unit

    def money(minor: int) -> str:
        return format_money(minor, terms.currency)

    found: list[tuple[str, str]] = []
    if terms.options:  # 多规格: the card's option lines (price, taken, left, tiers as discounts)
        found.append(
            (
                t(lang, "console_col_options"),
                "\n".join(options.head_lines(group_buy, lang, dropped=option_dropped, stock_kept=True)[1:]),
            )
        )
    else:
        price = unit_texts.per_unit(lang, money(terms.unit_price), unit)
        if group_buy.current_unit_price != terms.unit_price:
            now = unit_texts.per_unit(lang, money(group_buy.current_unit_price), unit)
            if group_buy.is_open:
                price = t(lang, "console_gb_price_now", price=price, now=now)
            else:  # closed: the price it closed at, as its card's 成交价 (rep94 #12)
                price = t(lang, "console_gb_price_final", price=price, now=now)
        found.append((t(lang, "console_field_price"), price))
        if terms.tiers:
            tiers = " · ".join(
                unit_texts.tier(lang, tier.min_quantity, money(tier.unit_price), unit) for tier in terms.tiers
            )
            found.append((t(lang, "console_col_tiers"), tiers))
    if terms.stock is not None:
        left = max(terms.stock - (group_buy.sold if sold is None else sold), 0)
        stock = t(
            lang,
            # closed: nothing more can be joined, so no stock "left" (units refunded back are not on sale)
            "console_gb_stock" if group_buy.status is GroupBuyStatus.OPEN else "console_gb_stock_closed",
            left=unit_texts.quantity(left, unit, lang),
            stock=unit_texts.quantity(terms.stock, unit, lang),
        )
        found.append((t(lang, "console_field_stock"), stock))
    if terms.per_person_limit is not None:
        limit = unit_texts.amount(lang, terms.per_person_limit, unit)
        found.append((t(lang, "console_field_limit"), limit))
    pickup = pickup_text(terms, tz, lang)
    if pickup:
        found.append((t(lang, "console_field_pickup"), pickup))
    if terms.payment_note:
        found.append((t(lang, "console_field_payment"), terms.payment_note))
    if group_buy.help_sell_rate_bp:
        found.append((t(lang, "console_col_help_sell"), percent(group_buy.help_sell_rate_bp)))
    if group_buy.sharer_rate_bp:
        found.append((t(lang, "console_col_sharer"), percent(group_buy.sharer_rate_bp)))
    return found

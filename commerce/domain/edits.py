"""Changing a live group buy (/edit, 修改), removing a line (/remove, 踢出) and copying one (/copy, 再开一团).

People joined on the terms announced, so a change may only make them better for everyone who is in:
- a price may go down at any time, and everyone pays the lower one (orders are made at the close, so
  nobody paid the old one); it may never go up, nor a tier be dropped or made dearer: at no total
  quantity may the new terms charge more than the old (`dearer_at`). Lowering the base price drops the
  tiers it undercuts (a tier that no longer makes it cheaper means nothing);
- stock may not go below what is sold, nor the limit per person below what one line already holds,
  nor a reached target above what is sold (the group was told "🎉 成团");
- a deadline may be extended or brought forward, but not into the past (the scheduler hears of it:
  `GroupBuyEdited`);
- the currency stays once someone joined (they joined at prices said in it; before, it may change, the
  amounts kept: `in_currency`); tiers, stock, target and limit must still fit
  together (`Terms.validated`).
With options (多规格) an option's price and stock follow the same rules (`修改 5斤 价格 80 库存 30`: the
words before the keywords name the option): its price only goes down, its stock not below what is taken
of it; the tiers keep their discount per unit (commerce.domain.options), and the options themselves, as
the tiers, stay as opened.
Only an open group buy is changed this way; its pickup and payment note can also be changed after the
close (commerce.services.group_buys.set_details).

The organiser (or a chat admin) may remove anyone's line, even one that would undo a reached target,
which a member's own leave may not (`GroupBuy.leave`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime, timedelta, tzinfo

from commerce.domain import events as ev
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import (
    MAX_DURATION,
    MAX_STOCK,
    MIN_DURATION,
    GroupBuy,
    GroupBuyStatus,
    Participant,
    PriceTier,
    ProductOption,
    Terms,
)
from commerce.domain.money import exponent, format_money
from commerce.domain.options import tiers_from_discounts
from commerce.domain.units import grams, same_unit, sold_unit


@dataclass(frozen=True)
class TermsChange:
    """What the organiser asked to change; None leaves that term as it is."""

    title: str | None = None
    unit_price: int | None = None
    tiers: tuple[PriceTier, ...] | None = None
    target: int | None = None
    stock: int | None = None
    per_person_limit: int | None = None
    deadline: datetime | None = None
    pickup: str | None = None
    pickup_at: datetime | None = None  # the time named with `pickup` (with it only; None: no time)
    payment_note: str | None = None
    currency: str | None = None
    # The unit a new price is said per, as typed (`价格 12元/斤`: "斤", `12/jin`: "jin", kept as 斤 unless
    # the group buy is sold in it already; `12/份`, `12 each`: "", none); None: the unit stays (`价格 12`).
    # A group buy with options has none (each option is its own).
    unit: str | None = None
    # 多规格: the option whose price and stock `unit_price` and `stock` are (None: the group buy's own).
    # Set by `edit_terms` from a title that names an option (`修改 5斤 价格 80`).
    option: str | None = None
    # Caps taken off (`stock`, `per_person_limit`: none any more), as None above means "leave it". The
    # console's emptied field says it (a cleared tier, pickup or note is `()` / "" above).
    removed: frozenset[str] = frozenset()

    @property
    def is_empty(self) -> bool:
        return not self.removed and all(
            getattr(self, f.name) is None for f in fields(self) if f.name != "removed"
        )

    @property
    def only_details(self) -> bool:
        """Only the pickup and the payment note: allowed after the close too."""
        details = ("pickup", "pickup_at", "payment_note", "removed")
        return (
            not self.is_empty
            and not self.removed
            and all(getattr(self, f.name) is None for f in fields(self) if f.name not in details)
        )


@dataclass(frozen=True)
class Edited:
    """A change made: the terms before and after, and the price everyone pays now, before and after;
    with options, `option` names the option changed and `option_price` is its price now (the tier
    reached taken off), before and after, when it changed."""

    before: Terms
    after: Terms
    price_before: int
    price_after: int
    option: str = ""
    option_price: tuple[int, int] | None = None
    joined: bool = True  # someone had joined: "所有人按新价" is news to them; nobody: the price alone
    tiers_typed: bool = False  # the change named the tiers (typed, or emptied in the console's form)

    def price_change(self) -> tuple[int, int] | None:
        """(old, new) price to tell the group: what everyone pays now, if that changed, else the base
        price (a tier reached already still applies), if that changed; None when neither did. With
        options, each option's price is its own: `option_price`."""
        if self.after.options or self.currency_changed:  # a new currency: said as such
            return None
        if self.price_before != self.price_after:
            return self.price_before, self.price_after
        if self.before.unit_price != self.after.unit_price:
            return self.before.unit_price, self.after.unit_price
        return None

    @property
    def currency_changed(self) -> bool:
        return self.before.currency != self.after.currency

    @property
    def deadline_changed(self) -> bool:
        return self.before.deadline != self.after.deadline

    def changed_terms(self) -> list[str]:
        """The names of the terms that changed, in the order of `Terms`' fields. With options, the base
        price, the tiers and the options follow an option's change: `changed_options` says it."""
        derived = ("unit_price", "tiers", "options") if self.after.options else ()

        def differs(name: str) -> bool:
            return bool(getattr(self.before, name) != getattr(self.after, name))

        return [  # the pickup's time is part of the pickup: a new time is a changed `pickup`
            f.name
            for f in fields(Terms)
            if f.name not in (*derived, "pickup_at")
            and (differs(f.name) or (f.name == "pickup" and differs("pickup_at")))
        ]

    def changed_options(self) -> list[tuple[ProductOption, ProductOption]]:
        """(before, after) of each option the edit changed (多规格)."""
        return [
            (old, new) for old, new in zip(self.before.options, self.after.options, strict=True) if old != new
        ]


# A tier is far below a price it is under when the price is this many times the tier's or more (`价格 800`
# for ¥8 keeping `10:7`: a digit or two too many); said whichever way the price moved
# (`tiers_far_below`), with the tiers scaled to send (`tiers_raised_alike`).
FAR_BELOW = 2
# A price changed this many times over or more, up or down, is said so with the command that undoes it
# (`price_factor`): `800` for 8 is a typo more often than a decision.
PRICE_FACTOR = 5
# Once people joined a price never goes back up, so lowering it to this part of what it was or less
# (`修改 #1 价格 20` for ¥60, `价格 12.5` for ¥60 meant as ¥125) is asked to be confirmed first, in the
# chat's `/edit` and the console's edit form alike.
DROP_CONFIRM_FACTOR = 3


def tiers_kept(edited: Edited) -> tuple[PriceTier, ...]:
    """The tiers a change of the price kept as they were (the answer names them, the price they are under
    having changed); () when the price did not change, the change named the tiers or there are none, and
    with options (their tiers are a discount, moved with them)."""
    before, after = edited.before, edited.after
    if after.options or after.unit_price == before.unit_price or not after.tiers or edited.tiers_typed:
        return ()
    return tuple(sorted(after.tiers))


def tiers_kept_on_raise(edited: Edited) -> tuple[PriceTier, ...]:
    """`tiers_kept` when the price went up (before anyone joined): named even when not far below it."""
    if edited.after.unit_price <= edited.before.unit_price:
        return ()
    return tiers_kept(edited)


def tiers_far_below(edited: Edited) -> tuple[PriceTier, ...]:
    """The kept tiers (`tiers_kept`) when every one is far below the new price (`FAR_BELOW`), up or down
    (`价格 800` then `价格 80` for ¥8 with `10:7`: ¥7 under ¥80 still); () otherwise."""
    kept = tiers_kept(edited)
    if not kept or FAR_BELOW * max(tier.unit_price for tier in kept) > edited.after.unit_price:
        return ()
    return kept


def tiers_raised_alike(edited: Edited) -> tuple[PriceTier, ...]:
    """The tiers far below the new price (`tiers_far_below`) raised to fit it, what to send to keep their
    discount: on a raise, as the price was (¥7 under ¥8 -> ¥700 under ¥800); on a lowering, by the
    largest power of ten that keeps them under it (¥7 under ¥80, the price ¥800 typed for ¥8 put right:
    ¥70), each still under the new price and the tier before it. () when they are not far below, no
    power of ten fits (¥40 under ¥90) or someone joined (tiers only go down then)."""
    far = tiers_far_below(edited)
    old, new = edited.before.unit_price, edited.after.unit_price
    if not far or edited.joined:
        return ()
    if new > old:  # a factor above 1 keeps whole minor units apart, each still under the new price
        return tuple(PriceTier(tier.min_quantity, tier.unit_price * new // old) for tier in far)
    dearest, scale = max(tier.unit_price for tier in far), 1
    while dearest * scale * 10 < new:
        scale *= 10
    if scale == 1:
        return ()
    return tuple(PriceTier(tier.min_quantity, tier.unit_price * scale) for tier in far)


def tiers_dropped(edited: Edited) -> tuple[PriceTier, ...]:
    """The tiers a lower price took off, not below it any more (¥8 -> ¥5 with `10:7`: a tier must be below
    the price, and one that is not makes nothing cheaper: `_changed_terms`); () when the change named the
    tiers, with options or when none was taken off."""
    before, after = edited.before, edited.after
    if after.options or after.unit_price >= before.unit_price or edited.tiers_typed:
        return ()
    return tuple(
        tier
        for tier in sorted(before.tiers)
        if tier not in after.tiers and tier.unit_price >= after.unit_price
    )


def price_factor(edited: Edited) -> tuple[int, int] | None:
    """(old, new) base price when it changed `PRICE_FACTOR` times over or more, up or down, in the same
    unit (`修改 #1 价格 800` for ¥8); None otherwise and with options (each option's price is its own)."""
    old, new = edited.before.unit_price, edited.after.unit_price
    if edited.after.options or edited.before.unit != edited.after.unit or min(old, new) <= 0:
        return None
    if max(old, new) < PRICE_FACTOR * min(old, new):
        return None
    return old, new


def price_at(terms: Terms, quantity: int) -> int:
    """The unit price these terms charge when the group has `quantity` units in total."""
    price = terms.unit_price
    for tier in sorted(terms.tiers):
        if quantity >= tier.min_quantity:
            price = tier.unit_price
    return price


def dearer_at(before: Terms, after: Terms) -> tuple[int, int, int] | None:
    """The smallest total quantity the group can still reach (within `after`'s stock) at which `after`
    charges more than `before`, as (quantity, old price, new price); None when there is none. Both are
    step functions that change only where a tier starts, so those quantities (and 1) are all that need
    checking."""
    points = sorted({1, *(t.min_quantity for t in before.tiers), *(t.min_quantity for t in after.tiers)})
    for quantity in points:
        if after.stock is not None and quantity > after.stock:
            break
        old, new = price_at(before, quantity), price_at(after, quantity)
        if new > old:
            return quantity, old, new
    return None


def _changed_terms(before: Terms, change: TermsChange) -> Terms:
    price = before.unit_price if change.unit_price is None else change.unit_price
    tiers = change.tiers
    if tiers is None:  # a lower base price drops the tiers it undercuts
        tiers = tuple(tier for tier in before.tiers if tier.unit_price < price)
    return replace(
        before,
        title=before.title if change.title is None else change.title,
        unit_price=price,
        tiers=tiers,
        target=before.target if change.target is None else change.target,
        stock=None if "stock" in change.removed else before.stock if change.stock is None else change.stock,
        per_person_limit=None
        if "per_person_limit" in change.removed
        else before.per_person_limit
        if change.per_person_limit is None
        else change.per_person_limit,
        deadline=before.deadline if change.deadline is None else change.deadline,
        pickup=before.pickup if change.pickup is None else change.pickup,
        pickup_at=before.pickup_at if change.pickup is None else change.pickup_at,
        payment_note=before.payment_note if change.payment_note is None else change.payment_note,
        unit=_unit(before.unit, change.unit),
    )


def in_currency(terms: Terms, change: TermsChange, group_buy_id: int | None) -> Terms:
    """`terms` priced in `change.currency` with the same amounts as said (`¥68` → `S$68`; `¥68` → `JP¥68`,
    its minor units scaled to the new currency's); an amount the new currency cannot say (`¥68.50` in JPY)
    and the change does not replace (`价格`, `阶梯` typed with it) is refused, asking for the price in it
    (`edit_currency_price`)."""
    assert change.currency is not None
    currency = change.currency
    shift = exponent(currency) - exponent(terms.currency)
    lost: list[int] = []

    def scaled(minor: int, replaced: bool = False) -> int:
        factor: int = 10 ** abs(shift)
        if shift >= 0:
            return minor * factor
        if minor % factor and not replaced:
            lost.append(minor)
        return minor // factor

    priced = change.unit_price is not None and not terms.options
    moved = replace(
        terms,
        currency=currency,
        unit_price=scaled(terms.unit_price, priced or bool(terms.options)),
        tiers=tuple(
            replace(tier, unit_price=scaled(tier.unit_price, change.tiers is not None))
            for tier in terms.tiers
        ),
        options=tuple(replace(option, unit_price=scaled(option.unit_price)) for option in terms.options),
    )
    if lost:
        raise DomainError("edit_currency_price", currency=currency, id=group_buy_id)
    return moved


def _unit(before: str, typed: str | None) -> str:
    """The unit a change leaves: the one it is sold in when none was typed or the same one said another way
    (`10/jin` on a per-斤 one, `35/box` on a per-盒 one: `same_unit`), else the one typed, kept as a new
    group buy's is (`sold_unit`: `jin` as 斤)."""
    if typed is None or (before and same_unit(typed, before)):
        return before
    return sold_unit(typed)


def _validated(after: Terms, change: TermsChange, now: datetime, max_unit_price: int | None) -> Terms:
    """`Terms.validated` for what can be checked whatever the clock says; the deadline only if it
    changes (a deadline a minute away is no reason to refuse a lower price)."""
    checked = replace(after, deadline=None).validated(
        now, max_unit_price=max_unit_price if change.unit_price is not None or change.currency else None
    )
    deadline = after.deadline
    assert deadline is not None
    if change.deadline is not None:
        if deadline < now + MIN_DURATION:
            raise DomainError("edit_deadline_in_past")  # said with "nothing was changed"
        if deadline > now + MAX_DURATION:
            raise DomainError("deadline_too_far", days=MAX_DURATION.days)
    return replace(checked, deadline=deadline)


def edit_terms(
    group_buy: GroupBuy,
    change: TermsChange,
    *,
    actor: str,
    is_admin: bool,
    in_chat: str | None = None,
    now: datetime,
    largest_line: int = 0,
    max_unit_price: int | None = None,
) -> Edited:
    """Apply `change` to an open group buy, or raise the `DomainError` that says why not (nothing is
    changed then). `largest_line` is the most units one line holds (read only when the limit changes)."""
    if not group_buy.may_manage(actor, is_admin=is_admin, in_chat=in_chat):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    if change.is_empty:
        raise DomainError("edit_usage")
    if group_buy.status in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED):  # what still can change
        raise DomainError("edit_closed_details", id=group_buy.id, title=group_buy.terms.title)
    if not group_buy.is_open or group_buy.is_past_deadline(now):
        raise DomainError(
            "group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=group_buy.status.value
        )
    before = group_buy.terms
    change = _scoped(group_buy, change)  # 多规格: `修改 5斤 价格 80` is the option's price
    base = before
    if change.currency is not None and change.currency != before.currency:
        if group_buy.sold > 0:  # people joined at prices said in it
            raise DomainError("edit_currency", currency=before.currency)
        base = in_currency(before, change, group_buy.id)  # nobody joined: the amounts said in the new one
    if change.option is None:
        after = _changed_terms(base, change)
    else:
        after = _option_changed(
            group_buy, _changed_terms(base, replace(change, unit_price=None, stock=None)), change
        )
    if after.unit != before.unit and group_buy.sold > 0:  # their quantities count in the unit they joined
        raise _unit_joined(group_buy, before, after)
    _check_quantities(group_buy, after, change, largest_line)  # what people hold first, then the shape
    after = _validated(after, change, now, max_unit_price)
    if after == before:
        raise DomainError("edit_unchanged", id=group_buy.id, title=before.title)
    if group_buy.sold > 0:  # nobody joined yet: a price typed too low at opening may still go up
        _check_prices(before, after)
    price_before = group_buy.current_unit_price
    option_before = _option_price(group_buy, change.option)
    group_buy.terms = after
    assert group_buy.id is not None
    group_buy.events.append(
        ev.GroupBuyEdited(group_buy.id, group_buy.chat_id, group_buy.deadline.isoformat())
    )
    option_after = _option_price(group_buy, change.option)
    option_price = None
    if option_before is not None and option_after is not None and option_before != option_after:
        option_price = (option_before, option_after)
    return Edited(
        before,
        after,
        price_before,
        group_buy.current_unit_price,
        change.option or "",
        option_price,
        joined=group_buy.sold > 0,
        tiers_typed=change.tiers is not None,
    )


def _unit_joined(group_buy: GroupBuy, before: Terms, after: Terms) -> DomainError:
    """A new unit refused once people joined, with an example that means what was typed: a weight
    converted into the unit sold in (`12元/公斤` on a per-斤 one: ¥6), else no number typed in another
    unit (`30元/箱` on ¥8/斤 is no ¥30/斤), only the price now in its unit. The units go as they are kept
    (`unit` sold in, `new_unit` typed): the text says them in the reader's language (handlers.texts)."""
    source, target, currency = grams(after.unit), grams(before.unit), before.currency
    base = format_money(before.unit_price, currency)
    if source is not None and target is not None and after.unit_price * target % source == 0:
        typed = format_money(after.unit_price, currency)
        converted = after.unit_price * target // source
        example = format_money(converted, currency)
        if converted >= before.unit_price:  # `/edit price ¥24` would be refused as a rise next
            return DomainError(
                "edit_unit_joined_not_lower",
                id=group_buy.id,
                title=before.title,
                typed_price=typed,
                new_unit=after.unit,
                unit=before.unit,
                example=example,
                now_price=base,
            )
        return DomainError(
            "edit_unit_joined",
            id=group_buy.id,
            title=before.title,
            typed_price=typed,
            new_unit=after.unit,
            unit=before.unit,
            example=example,
        )
    now = format_money(group_buy.current_unit_price, currency)
    return DomainError(
        "edit_unit_joined_now", id=group_buy.id, title=before.title, now_price=now, unit=before.unit
    )


def _scoped(group_buy: GroupBuy, change: TermsChange) -> TermsChange:
    """The change with its option (多规格): a title that names an option makes the price and stock that
    option's; with options a price must name one (the tiers stay: they are a discount on every option)."""
    terms = group_buy.terms
    if not terms.options:
        return change
    per = change.unit
    change = replace(change, unit=None)  # `5斤 价格 80/份`: an option is its own unit
    if change.tiers is not None:
        raise DomainError("edit_options")
    named = group_buy.option_named(change.title) if change.title is not None else None
    if named is not None:
        if change.unit_price is None and change.stock is None:
            raise DomainError("edit_option_usage", option=named.name, id=group_buy.id)
        if per and change.unit_price is not None:  # `甜的 价格 7元/斤`: sold by the 份, never dropped
            raise DomainError(
                "edit_option_price_per_unit",
                id=group_buy.id,
                option=named.name,
                per=per,
                example=format_money(change.unit_price, terms.currency),
            )
        return replace(change, title=None, option=named.name)
    if change.unit_price is None:
        return change
    if change.title is not None:  # `修改 7斤 价格 80`: a price is an option's, and there is no 7斤
        raise DomainError("option_unknown", name=change.title, choices=group_buy.option_choices())
    # the example a price that option could take: the price typed, on an option it lowers, else one
    # below the last option's (never a rise, refused next)
    lowered = [option for option in terms.options if option.unit_price > change.unit_price]
    example = lowered[-1] if lowered else terms.options[-1]
    price = change.unit_price if lowered else max(example.unit_price - 10 ** exponent(terms.currency), 1)
    raise DomainError(
        "edit_option_which",
        id=group_buy.id,
        title=terms.title,
        choices=group_buy.option_choices(),
        example=example.name,
        price=format_money(price, terms.currency),
    )


def _option_changed(group_buy: GroupBuy, terms: Terms, change: TermsChange) -> Terms:
    """`terms` with the option `change` names at its new price and stock, or the `DomainError` that says
    why not: its price never up, its stock not below what is taken of it. The base price stays the
    cheapest option's and each tier keeps its discount (commerce.domain.options)."""
    old = group_buy.option_named(change.option or "")
    assert old is not None
    currency = terms.currency
    price = old.unit_price if change.unit_price is None else change.unit_price
    if price > old.unit_price and group_buy.sold > 0:
        raise DomainError(
            "edit_price_up", price=format_money(old.unit_price, currency), new=format_money(price, currency)
        )
    sold = group_buy.option_sold.get(old.name, 0)
    if change.stock is not None and not 1 <= change.stock <= MAX_STOCK:  # `/edit #2 large stock 0`: the
        # edit's own form, and how to stop selling it (rep86 #7: was the opening's `options 3kg:58:20`)
        option, value, most, number = old.name, change.stock, MAX_STOCK, group_buy.id
        if not sold:
            raise DomainError(
                "edit_option_stock_out_of_range_none_taken",
                option=option, value=value, max=most, id=number, example=5,
            )  # fmt: skip
        raise DomainError(
            "edit_option_stock_out_of_range",
            option=option, value=value, max=most, id=number, taken=sold, example=sold + 5,
        )  # fmt: skip
    if change.stock is not None and change.stock < sold:
        raise DomainError(  # its `/remove #12 @name` names the group buy, as the plain stock's does
            "edit_option_stock_below_sold", option=old.name, stock=change.stock, sold=sold, id=group_buy.id
        )
    new = replace(old, unit_price=price, stock=old.stock if change.stock is None else change.stock)
    options = tuple(new if option.name == old.name else option for option in terms.options)
    base = min(option.unit_price for option in options)
    discounts = [(tier.min_quantity, terms.unit_price - tier.unit_price) for tier in terms.tiers]
    tiers = tiers_from_discounts(base, discounts, currency)
    return replace(terms, options=options, unit_price=base, tiers=tiers)


def _option_price(group_buy: GroupBuy, name: str | None) -> int | None:
    """What the option named costs now (the tier reached taken off); None for none."""
    option = group_buy.option_named(name) if name is not None else None
    return None if option is None else group_buy.option_price(option)


def _check_prices(before: Terms, after: Terms) -> None:
    dearer = dearer_at(before, after)
    if dearer is None:
        return
    quantity, old, new = dearer
    old_text, new_text = format_money(old, before.currency), format_money(new, before.currency)
    unit = before.unit  # said with each price and the tier's quantity: `¥12/斤`, `满 10斤`
    if quantity == 1:
        raise DomainError("edit_price_up", price=old_text, new=new_text, unit=unit)
    raise DomainError("edit_tier_up", quantity=quantity, price=old_text, new=new_text, unit=unit)


def _check_quantities(group_buy: GroupBuy, after: Terms, change: TermsChange, largest_line: int) -> None:
    sold = group_buy.sold
    if after.stock is not None and after.stock < sold:
        raise DomainError(  # `at_least`: the bare number a Stock field takes
            "edit_stock_below_sold", stock=after.stock, sold=sold, at_least=sold, unit=group_buy.terms.unit
        )
    limit = after.per_person_limit
    if change.per_person_limit is not None and limit is not None and limit < largest_line:
        raise DomainError("edit_limit_below_held", limit=limit, held=largest_line, unit=group_buy.terms.unit)
    if change.target is not None and group_buy.target_reached and after.target > sold:
        raise DomainError("edit_target_unforms", target=after.target, sold=sold)


@dataclass(frozen=True)
class StockCut:
    """Everything a lower stock clashes with, found at once, so the organiser is told it all in one
    answer (`stock_cut`): `excess` units taken beyond it (0: none; they come off with /remove first),
    the first tier's quantity `beyond` it (0: none) and the `tiers` that still fit, a `target` and a
    `limit` above it (0: not)."""

    stock: int
    sold: int
    excess: int
    beyond: int
    tiers: tuple[PriceTier, ...]
    target: int
    limit: int


def stock_cut(group_buy: GroupBuy, change: TermsChange) -> StockCut | None:
    """What `change`, which sets the stock of a group buy without options (`修改 库存 12`), clashes with:
    the units already taken, the tiers it could never reach, a target or a limit above it; None when
    it names no stock or clashes with none of these (any other refusal is the domain's own)."""
    if change.stock is None or change.option is not None or group_buy.terms.options:
        return None
    after = _changed_terms(group_buy.terms, change)
    stock = after.stock
    if stock is None:
        return None
    beyond = [tier for tier in sorted(after.tiers) if tier.min_quantity > stock]
    limit = after.per_person_limit or 0
    cut = StockCut(
        stock=stock,
        sold=group_buy.sold,
        excess=max(group_buy.sold - stock, 0),
        beyond=beyond[0].min_quantity if beyond else 0,
        tiers=tuple(tier for tier in sorted(after.tiers) if tier.min_quantity <= stock),
        target=after.target if after.target > stock else 0,
        limit=limit if limit > stock else 0,
    )
    if not (cut.excess or cut.beyond or cut.target or cut.limit):
        return None
    return cut


def remove_line(
    group_buy: GroupBuy,
    line: Participant | None,
    *,
    actor: str,
    is_admin: bool,
    now: datetime,
    name: str,
    in_chat: str | None = None,
) -> Participant:
    """踢出: the organiser (or an admin) takes a whole line off the list, even below a reached target;
    the line at 0 (storage deletes it). `name` says whose line in a refusal."""
    if not group_buy.may_manage(actor, is_admin=is_admin, in_chat=in_chat):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    if not group_buy.is_open or group_buy.is_past_deadline(now):
        raise DomainError(
            "group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=group_buy.status.value
        )
    if line is None or line.quantity <= 0:
        raise DomainError("remove_not_on_list", name=name, title=group_buy.terms.title, id=group_buy.id)
    group_buy.sold -= line.quantity
    assert group_buy.id is not None
    group_buy.events.append(ev.Left(group_buy.id, line.user_id, line.quantity, 0))
    return replace(line, quantity=0)


def lower_line(
    group_buy: GroupBuy,
    line: Participant,
    keep: int,
    *,
    actor: str,
    is_admin: bool,
    now: datetime,
    name: str,
    in_chat: str | None = None,
) -> Participant:
    """代报 王阿姨 改成1份: the organiser (or an admin) lowers a guest's line to `keep` (above 0, below
    what it holds), even below a reached target, as 踢出 takes a line whole; the line as it is then."""
    remove_line(group_buy, line, actor=actor, is_admin=is_admin, in_chat=in_chat, now=now, name=name)
    assert 0 < keep < line.quantity and group_buy.id is not None
    group_buy.sold += keep
    group_buy.events[-1] = ev.Left(group_buy.id, line.user_id, line.quantity - keep, keep)
    return replace(line, quantity=keep)


def copied_terms(
    original: GroupBuy, *, now: datetime, deadline: datetime | None = None, tz: tzinfo = UTC
) -> Terms:
    """再开一团: the terms of `original` for a new group buy opened `now`, ending at `deadline`, else
    after about as long as the original ran (its deadline less its opening), kept within what opening
    allows, at the original deadline's time of day in `tz` (opened at 12:00 to end at 20:00, copied at
    12:01 the next day: 20:00, not 20:01). The pickup point is kept, and its time when still after the
    new deadline; one not after it (a daily round's yesterday pickup) is moved on by whole days, at
    the same time of day in `tz`, until it is (the organiser is told the new one)."""
    if deadline is None:
        duration = min(max(original.deadline - original.created_at, MIN_DURATION * 2), MAX_DURATION)
        deadline = _at_its_time(now + duration, original.deadline, now=now, tz=tz)
    pickup_at = original.terms.pickup_at
    if pickup_at is not None and pickup_at <= deadline:
        pickup_at = _days_on(pickup_at, after=deadline, tz=tz)
    return replace(original.terms, deadline=deadline, pickup_at=pickup_at)


def _days_on(at: datetime, *, after: datetime, tz: tzinfo) -> datetime:
    """`at` moved on by whole days, at its time of day in `tz`, to the first such time after `after`."""
    local = at.astimezone(tz)
    clock, day = local.time().replace(tzinfo=None), local.date()
    day += timedelta(days=max((after.astimezone(tz).date() - day).days, 0))
    moved = datetime.combine(day, clock, tzinfo=tz)
    while moved <= after:
        day += timedelta(days=1)
        moved = datetime.combine(day, clock, tzinfo=tz)
    return moved.astimezone(at.tzinfo)


def _at_its_time(target: datetime, its_deadline: datetime, *, now: datetime, tz: tzinfo) -> datetime:
    """The time nearest `target` at `its_deadline`'s time of day in `tz`, a day before, that day or the day
    after, ending at least `MIN_DURATION * 2` from `now` and within `MAX_DURATION`; `target` when none."""
    clock = its_deadline.astimezone(tz).time().replace(tzinfo=None)
    day = target.astimezone(tz).date()
    candidates = [
        datetime.combine(day + timedelta(days=shift), clock, tzinfo=tz).astimezone(target.tzinfo)
        for shift in (-1, 0, 1)
    ]
    fit = [c for c in candidates if now + MIN_DURATION * 2 <= c <= now + MAX_DURATION]
    return min(fit, key=lambda c: abs(c - target)) if fit else target

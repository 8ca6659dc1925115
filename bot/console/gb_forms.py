"""The group buy form (create and edit): its fields, each read by the chat's own term parsers, and the
command they make (`/groupbuy …`, `/edit #12 …`).

Each field is read on its own first (the price as the price, the deadline as a deadline, …) so a mistake
is answered next to its field; a refusal of the whole (a tier above the stock, a price raised on an
edit) comes from the command's service and is put next to the field its code is about
(`field_of`). The title and the pickup point may not hold a term's keyword (`price`, `库存`, …): in the
command they would start a term. The payment note goes last in the command and takes the rest, as in
the chat.
"""

from __future__ import annotations

import copy
import functools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from commerce.domain.edits import edit_terms
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import MAX_QUANTITY, MAX_STOCK, GroupBuy, cleaned_payment_note
from commerce.domain.text import clean_text
from handlers.edits import clearing
from handlers.organiser_told import term_fields
from handlers.parsing.edits import EditWords, parse_edit, pickup_parts, read_change
from handlers.parsing.terms import (
    keyword_values,
    parse_count,
    parse_options,
    parse_price,
    parse_terms,
    parse_tiers,
)
from handlers.parsing.when import parse_when

FIELDS = ("title", "price", "tiers", "target", "stock", "limit", "deadline", "pickup", "payment", "options")
MAX_FIELD = 500
# Each field's keyword in the command (English: the console writes the slash form).
KEYWORD = {
    "price": "price",
    "tiers": "tiers",
    "target": "target",
    "stock": "stock",
    "limit": "limit",
    "deadline": "ends",
    "pickup": "pickup",
    "payment": "payment",
    "options": "options",
}
_COUNT_KEY = {"target": "target", "stock": "stock", "limit": "limit"}
_NEGATIVE = re.compile(r"[-−－]\s*\d+")
# Each count's range and the refusal outside it: said before anything the group buy holds (a limit of 0
# never gets here: no limit, `read_fields`).
_COUNT_RANGE = {
    "target": (MAX_QUANTITY, "target_invalid"),
    "stock": (MAX_STOCK, "stock_invalid"),
    "limit": (MAX_QUANTITY, "limit_invalid"),
}
# A refusal's code -> the field it is about (others are said above the form).
_FIELD_OF_CODE = {
    "title_missing": "title",
    "title_too_long": "title",
    "price_missing": "price",
    "price_invalid": "price",
    "price_unit_unknown": "price",
    "price_amount_missing": "price",
    "price_not_a_number": "price",
    "price_comma": "price",
    "price_too_precise": "price",
    "price_not_positive": "price",
    "price_too_large": "price",
    "price_other_currency": "price",
    "price_currency_sign": "price",  # a bare `$` where prices are in ¥ (on Options when they hold them)
    "price_currency_sign_opening": "price",
    "price_currency_sign_fixed": "price",
    "price_above_max": "price",
    "stars_price_too_high": "price",
    "edit_price_up": "price",
    "tiers_invalid": "tiers",
    "tiers_other_currency": "tiers",
    "tier_price_not_lower": "tiers",
    "tier_quantity_invalid": "tiers",
    "tier_above_stock": "tiers",
    "tier_above_stock_options": "tiers",
    "edit_tier_up": "tiers",
    "option_tiers_discount": "tiers",
    "target_invalid": "target",
    "edit_target_unforms": "target",
    "stock_invalid": "stock",
    "stock_below_target": "stock",
    "edit_stock_below_sold": "stock",
    "limit_invalid": "limit",
    "limit_above_stock": "limit",
    "edit_limit_below_held": "limit",
    "ends_invalid": "deadline",
    "deadline_in_past": "deadline",
    "edit_deadline_in_past": "deadline",
    "deadline_too_far": "deadline",
    "pickup_too_long": "pickup",
    "pickup_usage": "pickup",
    "pickup_in_past": "pickup",
    "pickup_before_deadline": "pickup",
    "pickup_before_deadline_open": "pickup",
    "pickup_before_default_deadline_open": "deadline",  # the Deadline left empty: 24 hours
    "deadline_after_pickup": "deadline",
    "deadline_after_group_pickup": "deadline",
    "payment_note_too_long": "payment",
    "options_with_price": "options",
}
_FIELD_OF_KEYWORD = {"target": "target", "stock": "stock", "limit": "limit", "成团": "target"}


def field_of(refusal: DomainError) -> str:
    """The form field a refusal is about; "" for the form as a whole."""
    if refusal.code in ("number_invalid", "number_then_unknown_word"):
        return _FIELD_OF_KEYWORD.get(str(refusal.params.get("keyword", "")).lower(), "")
    if refusal.code in _FIELD_OF_CODE:
        return _FIELD_OF_CODE[refusal.code]
    if refusal.code.startswith(("options_", "option_")):
        return "options"
    return ""


# Fields of numbers, read with a Chinese keyboard's full-width forms as the chat reads them (`5：10`,
# `１２`, `，`): kept in their plain form, so the command, the comparison with the group buy and the
# audit log hold the edit's real values.
NUMERIC = frozenset({"price", "tiers", "target", "stock", "limit", "deadline"})


def read_fields(form: Mapping[str, str]) -> dict[str, str]:
    """The form's fields as typed (trimmed, cut at MAX_FIELD; the numeric ones in plain digits and
    colons), every field present."""
    fields = {name: " ".join(form.get(name, "").split())[:MAX_FIELD] for name in FIELDS}
    for name in NUMERIC:
        fields[name] = " ".join(unicodedata.normalize("NFKC", fields[name]).split())
    if no_limit(fields["limit"]):  # `0`: no limit, as the chat's `/edit #1 limit 0` lifts it
        fields["limit"] = ""
    return fields


def no_limit(typed: str) -> bool:
    """A limit per person of `0` (`00`, `０`): none, as an empty field and the chat's `limit 0` say."""
    plain = unicodedata.normalize("NFKC", typed).strip()
    return bool(plain) and set(plain) == {"0"}


def as_typed(form: Mapping[str, str], fields: Mapping[str, str]) -> dict[str, str]:
    """The fields as a form shown again says them back: a numeric one as typed (`０`, `１２`: rep98's
    `限购 ０` shown back as `0`), read in plain digits all the same (`read_fields`)."""
    typed = {name: " ".join(form.get(name, "").split())[:MAX_FIELD] for name in NUMERIC if name in form}
    return {**fields, **typed}


def check(
    fields: Mapping[str, str],
    *,
    currency: str,
    now: datetime,
    tz: ZoneInfo,
    present: frozenset[str],
    base_price: int | None = None,
    has_options: bool = False,
) -> dict[str, DomainError]:
    """Each of the `present` fields read on its own; the refusals by field."""
    errors: dict[str, DomainError] = {}

    def read(name: str, reader: Callable[[], object]) -> None:
        try:
            reader()
        except DomainError as refusal:
            errors[name] = refusal

    for name in ("title", "pickup"):
        if name in present and fields[name] and keyword_values(fields[name])[1]:
            errors[name] = DomainError("console_field_keyword")
    if "price" in present and fields["price"]:
        read("price", lambda: parse_price(fields["price"], currency))
    if "options" in present and fields["options"]:
        read("options", lambda: parse_options(fields["options"], currency))
    if "tiers" in present and fields["tiers"]:
        base = base_price
        if base is None and fields["price"] and "price" not in errors:
            base = parse_price(fields["price"], currency)
        if base is None and has_options and fields["options"] and "options" not in errors:
            base = min(option.unit_price for option in parse_options(fields["options"], currency))
        read("tiers", lambda: parse_tiers(fields["tiers"], currency, base=base, discounts_only=has_options))
    for name, key in _COUNT_KEY.items():
        if name in present and fields[name]:
            read(name, functools.partial(_count, name, key, fields[name]))
    if "deadline" in present and fields["deadline"]:
        read("deadline", lambda: parse_when(fields["deadline"], now=now, tz=tz))
    if "payment" in present and fields["payment"]:  # said with the pickup's mistake, never a post later
        read("payment", lambda: cleaned_payment_note(fields["payment"]))
    return errors


def whole_refusals(
    errors: dict[str, DomainError], names: Sequence[str], probe: Callable[[list[str]], None]
) -> None:
    """Every field's refusal in one answer: `probe` runs the chat's own reading and the domain's rules
    (`Terms.validated`, `edit_terms`) on the fields of `names` not refused yet; a refusal about one of them
    is put beside it and the rest read again without it, until they pass (or a refusal is about the form
    as a whole, or a field not probed: the command itself says it then). What `check` reads on its own
    (a price's form) comes first; what only the whole says (a deadline gone by, a title too long, a price
    above the maximum, a stock below the target) joins it, so nothing is told a post later."""
    for _ in range(len(names) + 1):
        clean = [name for name in names if name not in errors]
        try:
            probe(clean)
        except DomainError as refusal:
            where = field_of(refusal)
            if where not in clean:
                return
            errors[where] = refusal
        else:
            return


def open_probe(
    fields: Mapping[str, str], *, currency: str, now: datetime, tz: ZoneInfo, max_unit_price: int | None
) -> Callable[[list[str]], None]:
    """The create form's probe for `whole_refusals`: `/groupbuy` of the `clean` fields read as the chat
    reads it and its terms validated as opening validates them; a refused title or price stands in as a
    placeholder (a title, ¥1: never reported, already refused), refused others are left out (the tiers
    too while the price they are priced from is refused)."""

    def probe(clean: list[str]) -> None:
        probed = {name: fields[name] if name in clean else "" for name in FIELDS}
        probed["title"] = probed["title"] or "x"
        if not probed["price"] and not probed["options"]:
            probed["price"] = "1"
        if "price" not in clean or "options" not in clean:
            probed["tiers"] = ""
        text = open_command(probed)
        terms = parse_terms(text.removeprefix("/groupbuy "), currency=currency, now=now, tz=tz, typed=text)
        terms.validated(now, max_unit_price=max_unit_price)

    return probe


def edit_probe(
    group_buy: GroupBuy,
    fields: Mapping[str, str],
    cleared: frozenset[str],
    *,
    actor: str,
    is_admin: bool,
    now: datetime,
    tz: ZoneInfo,
    max_unit_price: int | None,
    largest_line: int,
) -> Callable[[list[str]], None]:
    """The edit form's probe for `whole_refusals`: `/edit` of the `clean` changed fields read as the
    chat reads it and applied to a copy of the group buy by the domain's own `edit_terms` (the emptied
    fields cleared with them); nothing is saved."""
    assert group_buy.id is not None
    group_buy_id = group_buy.id

    def probe(clean: list[str]) -> None:
        typed = [name for name in clean if fields[name]]
        gone = frozenset(CLEARS[name] for name in clean if not fields[name] and name in CLEARS) & cleared
        if not typed and not gone:
            return
        rest = edit_command(group_buy_id, fields, typed).removeprefix("/edit ")
        words = parse_edit(rest, typed=rest) if typed else EditWords(group_buy_id, "", {})
        parts = pickup_parts(words, now=now, tz=tz, deadline=group_buy.terms.deadline)
        if parts is not None and not clean_text(parts[0]):
            raise DomainError("pickup_usage")
        try:
            change = read_change(
                words, currency=group_buy.terms.currency, now=now, tz=tz,
                pickup=None if parts is None else parts[0], pickup_at=None if parts is None else parts[1],
                has_options=bool(group_buy.terms.options), price_now=group_buy.terms.unit_price,
            )  # fmt: skip
        except DomainError as refusal:  # `$8` once people joined: its currency stays (handlers.edits)
            if refusal.code != "price_currency_sign" or group_buy.sold <= 0:
                raise
            raise DomainError(
                "price_currency_sign_fixed", value=refusal.params["value"], symbol=refusal.params["symbol"],
                currency=refusal.params["currency"],
            ) from refusal  # fmt: skip
        change = clearing(change, gone)
        if change.only_details:  # a pickup or a payment note alone: read above, nothing more to check
            return
        edit_terms(
            copy.deepcopy(group_buy), change, actor=actor, is_admin=is_admin, now=now,
            largest_line=largest_line, max_unit_price=max_unit_price,
        )  # fmt: skip

    return probe


def _count(name: str, key: str, typed: str) -> int:
    """A count field read as the chat reads it, and refused outside its range."""
    most, code = _COUNT_RANGE[name]
    try:
        number = parse_count({key: (key, typed)}, key)
    except DomainError as refusal:
        if refusal.code not in ("number_invalid", "number_then_unknown_word"):  # `3 xyz` in a field: one
            raise
        if _NEGATIVE.fullmatch(typed.strip()):  # `-1`: a whole number, out of the range
            raise DomainError(code, value=typed.strip()) from refusal
        raise DomainError("console_number_invalid", value=typed) from refusal  # the field, not `target 10`
    if not 1 <= number <= most:
        raise DomainError(code, value=number)
    return number


def open_command(fields: Mapping[str, str]) -> str:
    """`/groupbuy <title> price … options … tiers … payment …` from the create form."""
    parts = ["/groupbuy", fields["title"]]
    for name in ("price", "options", "tiers", "target", "stock", "limit", "deadline", "pickup", "payment"):
        if fields[name]:
            parts += [KEYWORD[name], fields[name]]
    return " ".join(parts)


EDITABLE = ("title", "price", "tiers", "target", "stock", "limit", "deadline", "pickup", "payment")
# An edit form's field emptied: a required one is refused beside it, an optional one removes its term
# (handlers.edits `cleared`: no tiers, no stock cap, no limit, no pickup point, no payment note).
REQUIRED = ("title", "price", "target", "deadline")
CLEARS = {"tiers": "tiers", "stock": "stock", "limit": "per_person_limit", "pickup": "pickup"}
CLEARS["payment"] = "payment_note"


def current_fields(group_buy: GroupBuy, tz: ZoneInfo, lang: str) -> dict[str, str]:
    """The edit form's fields as the group buy stands, written as the fields are read back (the
    pickup's time and the price's unit as the card shows them to a reader of `lang`, the console's
    language; no target, kept as 1, an empty Target): `handlers.organiser_told.term_fields`, which her
    notice of someone else's edit says them by too."""
    return term_fields(group_buy.terms, tz, lang)


def audited_fields(group_buy: GroupBuy, tz: ZoneInfo, lang: str) -> dict[str, str]:
    """The fields as the audit log records them: as the form shows them, but the target as it is (`1`,
    where the form shows a group buy opened without one as an empty Target)."""
    return current_fields(group_buy, tz, lang) | {"target": str(group_buy.terms.target)}


def changed(fields: Mapping[str, str], before: Mapping[str, str]) -> list[str]:
    """The editable fields whose value differs from the group buy's (an emptied one too: `emptied`)."""
    return [name for name in EDITABLE if fields[name] != before[name]]


_NOT_UNIT = re.compile(r"[\d.,\s¥￥$元]")


def same_value(name: str, typed: str, stored: str, currency: str) -> bool:
    """Whether the field `name` as typed (`78`) is what the group buy holds already (`78.00`): a form
    saved twice, not a clash with someone else's change."""
    typed, stored = " ".join(typed.split()), " ".join(stored.split())
    if typed == stored:
        return True
    if name == "price":
        try:
            same = parse_price(typed, currency) == parse_price(stored, currency)
        except DomainError:
            return False
        return same and _NOT_UNIT.sub("", typed) == _NOT_UNIT.sub("", stored)
    if name in ("target", "stock", "limit"):
        return typed.isdigit() and stored.isdigit() and int(typed) == int(stored)
    return False


def emptied(fields: Mapping[str, str], names: list[str]) -> tuple[dict[str, DomainError], frozenset[str]]:
    """Of the changed `names`, the emptied ones: the required ones' refusals, and the terms the others
    remove (`CLEARS`)."""
    gone = [name for name in names if not fields[name]]
    refused = {name: DomainError("console_field_required") for name in gone if name in REQUIRED}
    return refused, frozenset(CLEARS[name] for name in gone if name in CLEARS)


def loaded(form: Mapping[str, str]) -> dict[str, str] | None:
    """The values the edit form was loaded with (its `was_` fields); None for a form without them."""
    was = {name: form.get(f"was_{name}") for name in EDITABLE}
    return None if any(value is None for value in was.values()) else {k: str(v) for k, v in was.items()}


def edit_command(group_buy_id: int, fields: Mapping[str, str], names: list[str]) -> str:
    """`/edit #12 title <new title> price … payment …` for the changed fields, the payment note last (an
    emptied one is not typed: it goes to the handler as `cleared`). The title goes with its keyword, so
    a title that reads as a date, a time or a number (`明天`, `20:00`) stays a title."""
    parts = [f"/edit #{group_buy_id}"]
    if "title" in names and fields["title"]:
        parts += ["title", fields["title"]]
    for name in EDITABLE[1:]:
        if name in names and fields[name]:
            parts += [KEYWORD[name], fields[name]]
    return " ".join(parts)

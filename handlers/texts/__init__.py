"""Message catalogs: every text a user sees, in Chinese and English, and `t()` to fill one in.

The texts are gettext catalogs, `locale/<lang>/LC_MESSAGES/tuan.po`, read at run time by the standard
library's `gettext` from the `.mo` that Babel compiles (`handlers.texts.build`, or on first use). A msgid
is a stable key: a `DomainError.code` is the key of the message that explains it. A msgstr is a
`str.format` template; both catalogs have the same keys and placeholders (tests/unit/handlers checks).
An entry with plural forms (`msgid_plural`) is filled with `t(lang, key, count=n)`: `count` picks the
form by the language's plural rule and fills `{count}`. An unknown language reads English.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.order import OrderStatus
from commerce.domain.payout import masked
from commerce.domain.share_codes import PREFIX as SHARE_PREFIX
from handlers.texts.catalog import LANGUAGES, for_language, normalize_language, resolve
from handlers.texts.dates import format_datetime

MAX_QUOTED = 40  # characters of what a member wrote that a refusal quotes back
# a group buy that ended without selling: `group_buy_closed` says which (`group_buy_closed_cancelled`)
_ENDED = frozenset({GroupBuyStatus.CANCELLED.value, GroupBuyStatus.FAILED.value})

__all__ = [
    "LANGUAGES",
    "format_datetime",
    "has",
    "normalize_language",
    "refusal_text",
    "share_code_shown",
    "status_text",
    "t",
]


def t(lang: str, key: str, /, **params: Any) -> str:
    """The text `key` in `lang` (English for an unknown language), filled with `params`.

    A `count` param makes it a plural entry: the form for `count` is chosen (and `{count}` filled); a
    count of 2 takes the entry `<key>_both` where there is one (English says two of them "both", never
    "all 2", and no plural rule tells 2 from 3). A key no catalog has raises `KeyError`.
    """
    catalog = for_language(lang)
    if "count" in params:
        if params["count"] == 2 and _has_both(key):
            return catalog.gettext(f"{key}_both").format(**params)
        return catalog.ngettext(key, key, params["count"]).format(**params)
    return catalog.gettext(key).format(**params)


def share_code_shown(lang: str, code: str) -> str:
    """A share code as a reader of `lang` sees it: `团12-K7QM` in Chinese, `12-K7QM` in English (a keyboard
    without 团 types that; both are read back as the code, commerce.domain.share_codes)."""
    return code if resolve(lang) == "zh" or not code else code.removeprefix(SHARE_PREFIX)


@functools.cache
def _has_both(key: str) -> bool:
    """Whether the plural entry `key` has a form for exactly two (`<key>_both`): read once per key."""
    return has(f"{key}_both")


def has(key: str) -> bool:
    """Whether the catalogs have a text for `key` (both have the same keys: a test checks)."""
    try:
        for_language("en").gettext(key)
    except KeyError:
        return False
    return True


def status_text(lang: str, status: OrderStatus | GroupBuyStatus) -> str:
    """An order's or a group buy's status as a reader says it (`refunded` -> 已退款), never the raw value."""
    if isinstance(status, OrderStatus):
        return t(lang, f"status_{status.value}")
    return t(lang, f"status_group_buy_{status.value}")


# A refusal's counts said in the group buy's unit (its `unit` param, "" for none), each param from a count
# param: `amount` is "6 kg" / `6斤`, with none "6" / `6 份` (before "per person", after "have"); `units`
# "5 kg", with none "5 units" / `5 份`.
_LIMIT = {"limit": ("limit", "amount"), "have": ("have", "amount"), "room": ("room", "amount")}
_IN_ITS_UNIT: dict[str, dict[str, tuple[str, str]]] = {
    "limit_exceeded": _LIMIT,
    "limit_exceeded_for": _LIMIT,
    "limit_exceeded_option": _LIMIT,
    "limit_reached": _LIMIT,
    "limit_reached_for": _LIMIT,
    "limit_exceeded_member": _LIMIT,
    "quantity_invalid_limit": {"limit": ("limit", "amount")},  # `+99999`: `每人限购 5 份`
    "limit_reached_member": _LIMIT,
    "limit_exceeded_first": {"per_person": ("limit", "amount")},  # `+{limit}` stays the number to send
    # a pasted line asking more than is left (rep88 #13): `你已经有 1 份，最多能要到 2 份`, "1 kg", "2 kg"
    "pasted_not_enough_held": {"held": ("held", "units"), "most": ("most", "units")},
    "limit_exceeded_set_to": _LIMIT,  # `make it 5` over it: `改成{most}` stays the number to send
    "join_echo_held": {"quantity": ("quantity", "units")},  # `我也要` from one on it: `你已跟团 1 份`, "2 kg"
    "join_restated_held": {"quantity": ("quantity", "units")},  # `给我来两箱` holding 2箱: `你已跟团 2箱`
    "join_restated_other": {"quantity": ("quantity", "units"), "asked": ("asked", "units")},
    "join_restated_set_only": {"quantity": ("quantity", "units"), "asked": ("asked", "units")},
    "limit_exceeded_for_new": {"limit": ("limit", "amount")},
    "limit_exceeded_for_option": _LIMIT,
    "limit_exceeded_for_new_option": {"limit": ("limit", "amount")},
    "leave_would_unform": {
        "target": ("target", "units"),
        "sold": ("sold", "units"),
        "left": ("left", "units"),
    },
    "cancel_confirm": {"units": ("units", "units")},  # `已有 5 人跟团（8 份）`, "(8 kg)"
    "lower_would_unform": {
        "target": ("target", "units"),
        "sold": ("sold", "units"),
        "left": ("left", "units"),
    },
    "friend_leave_would_unform": {  # `赵奶奶 这 2 份撤下后只剩 1 份`
        "target": ("target", "units"),
        "sold": ("sold", "units"),
        "left": ("left", "units"),
        "drop": ("drop", "units"),
    },
    "friend_lower_would_unform": {
        "target": ("target", "units"),
        "sold": ("sold", "units"),
        "left": ("left", "units"),
        "drop": ("drop", "units"),
    },
    "edit_stock_below_sold": {"sold": ("sold", "units")},
    # `有一条已经是 3斤`, "one line has 3 kg"; none `3 份` / "3" (`held`: the number to write at least)
    "edit_limit_below_held": {"held_amount": ("held", "amount")},
    "edit_limit_below_held_named": {"held_amount": ("held", "amount")},  # rep86 #10: whose, and the /remove
    "edit_limit_below_held_several": {"held_amount": ("held", "amount")},
    "edit_limit_below_held_named_guest": {"held_amount": ("held", "amount")},  # 代报: her /remove alone
    "edit_limit_below_held_several_guest": {"held_amount": ("held", "amount")},
    "target_not_reached": {"target": ("target", "amount")},  # "3 of 5 kg", `3/5斤`, `3/5 份`
    "target_not_reached_nobody": {"target": ("target", "amount")},
    "already_listed": {"quantity": ("quantity", "held")},  # `荔枝（#1）4斤`, with none `×4`
    "leave_friend_none_own": {"units": ("units", "held")},
    "join_held_for_waitlist": {"free": ("free", "units")},  # `空出的 1 份`, "what came free (1 unit)"
    "waitlist_at_limit": _LIMIT,
    "waitlist_over_limit": _LIMIT,
    "waitlist_over_limit_held": _LIMIT,
    "edit_tier_up": {"quantity": ("quantity", "units")},  # `满 10斤`, with none `满 10 份`
    "tier_price_not_lower": {"quantity": ("quantity", "amount")},  # `满 10斤`, "from 10 kg"
    "tier_quantity_invalid": {"quantity": ("quantity", "amount")},  # `阶梯从 1斤开始`, with none `1 份`
    # `从 10斤开始，库存只有 8斤`, "at 10 kg, … only 8 kg"; none: `10 份` / "10 units", `8 份` / "8"
    "tier_above_stock": {"quantity": ("quantity", "units"), "stock": ("stock", "amount")},
    "tier_above_stock_options": {"quantity": ("quantity", "units"), "stock": ("stock", "amount")},
}
# A new unit refused once people joined (commerce.domain.edits): `per` the unit sold in, `price` the price
# now in it (`now_price`), `typed` the price typed in its new unit (`typed_price`, `new_unit`).
_NEW_UNIT = frozenset({"edit_unit_joined", "edit_unit_joined_now", "edit_unit_joined_not_lower"})
# A refusal whose prices are said per the group buy's unit (`unit` param): `¥12/斤`, with none `¥12`.
_PRICED = {
    "edit_price_up": ("price", "new"),
    "edit_tier_up": ("price", "new"),
    "tier_price_not_lower": ("price", "previous"),
}


def paid_via(lang: str, via: str) -> str:
    """A reported payment's way in `lang` (`wechat`: 微信, WeChat); "" for none (or one not known)."""
    return t(lang, f"paid_via_{via}") if via and has(f"paid_via_{via}") else ""


def refusal_text(lang: str, refusal: DomainError) -> str:
    """The message that explains a refusal, its `status` (a raw enum value) said in words.

    A `group_buy_*` code carries a group buy's status (`group_buy_cancel_not_allowed`); every other
    code that carries one, an order's (`order_not_payable`, `order_refund_not_allowed`). The `value`
    a member wrote is quoted cut short: a price of 5,000 digits is refused in one message, not two.
    The per-person limit with no unit left to take (`room` 0) says so, not "you may take 0 more"; asked
    for too many with none yet, it says the most she may take, not "you already have 0".
    `group_buy_closed` of a cancelled or failed group buy says that, not "closed"; of one still open (past
    its deadline, its close not run yet) that the deadline passed and it is closing, as its card says.
    """
    # ` #4` in a join example, else none; an organiser's usage names group buy 12 unless told one here
    params = _unit_in_language(lang, {"at": "", "example_id": 12, "example_order": "12-3", **refusal.params})
    if refusal.code == "already_listed":  # the set-to that changes her line (rep88 #8), never "-1 first"
        params = {**params, "change": _set_to_form(lang, params)}
    if "paid_via" in params:  # `Hal 报过已付款 ¥78（微信）`: the way she said, or nothing
        way = paid_via(lang, str(params["paid_via"] or ""))
        params = {**params, "paid_via": t(lang, "paid_via_shown", via=way) if way else ""}
    if isinstance(params.get("share"), str):  # a share code, as the reader's language shows it
        params = {**params, "share": share_code_shown(lang, params["share"])}
    value = params.get("value")
    if isinstance(value, str) and len(value) > MAX_QUOTED:
        params = {**params, "value": value[: MAX_QUOTED - 1] + "…"}
    code = refusal.code
    if params.get("room") == 0:  # at the per-person limit already: none more at all
        code = {
            "limit_exceeded": "limit_reached",
            "limit_exceeded_for": "limit_reached_for",
            "limit_exceeded_member": "limit_reached_member",
        }.get(code, code)
    elif code == "limit_exceeded" and params.get("have") == 0:  # none yet: not "you already have 0"
        code = "limit_exceeded_first"
    if code == "limit_exceeded" and params.get("option"):  # `还能再要 2 份（发 +2 小盒）`: the option named
        code = "limit_exceeded_option"
        params = {**params, "example": f"+{params.get('room')} {params['option']}"}
    if code in ("limit_exceeded_for_option", "limit_exceeded_for_new_option"):  # `发 +4 豆沙 帮 王阿姨`
        most = params.get("room") if code == "limit_exceeded_for_option" else params.get("limit")
        friend = t(lang, "join_for_friend_form", friend=params.get("name"))
        params = {**params, "example": f"+{most} {params.get('option')} {friend}"}
    if code == "limit_exceeded_first":  # `最多发 +3 小盒`: the option named, never a bare `+3` (rep92 #10)
        params = {**params, "option_at": f" {params['option']}" if params.get("option") else ""}
    elif code == "target_not_reached" and params.get("sold") == 0:  # nobody: no target to lower to 0
        code = "target_not_reached_nobody"
    elif code == "member_no_order" and params.get("name"):  # `已收 @Dan`: `Dan 在本群没有订单`
        code = "member_no_order_named"
    typed_quantity = params.get("typed_quantity")
    if (
        code in ("option_which", "option_which_private")
        and isinstance(typed_quantity, int)
        and typed_quantity > 1
    ):
        code = f"{code}_counted"  # `+2 3号楼`: the example `+2 大盒 3号楼`, her count kept
    if code.startswith("option_which") and isinstance(params.get("limit"), int):  # `+5` under 限购 4 (s42)
        code = {
            "option_which": "option_which_limited",
            "option_which_counted": "option_which_limited",
            "option_which_private": "option_which_private_limited",
            "option_which_private_counted": "option_which_private_limited",
            "option_which_for": "option_which_for_limited",
        }.get(code, code)  # the example cut to the room it leaves, the limit said
    status = params.get("status")
    if code in ("group_buy_closed", "group_buy_closed_next") and status in _ENDED:  # cancelled, or failed
        code = f"{code}_{status}"
    elif code == "group_buy_closed" and status == GroupBuyStatus.OPEN.value:  # its close has not run yet
        code = "group_buy_deadline_passed"
    if params.get("left") is not None and "units" not in params:  # `只剩 3 份`, sold per 斤 `只剩 3斤`
        from handlers.texts.units import more  # it fills its texts with t()

        params = {**params, "units": more(lang, params["left"], str(params.get("unit") or ""))}
    if params.get("unit"):  # the word for several, "not a whole number of boxes": `boxes`, `kg`, `斤`
        from handlers.texts.units import quantity

        many = quantity(2, str(params["unit"]), lang).removeprefix("2").strip()  # its plural (ngettext)
        params = {**params, "units_word": many}
    if params.get("unit") and params.get("n") is not None:  # `+2 for 2 boxes`, `+2（2斤）`
        from handlers.texts.units import quantity

        unit = str(params["unit"])
        params = {**params, "n_units": quantity(params["n"], unit, lang)}
        if params.get("before") is not None:
            params["before_units"] = quantity(params["before"], unit, lang)
    # `要 3 份就发 +3（或 我要3份）`, "for 3 kg"; `代报 #1 Bob 3`
    if code in ("join_note_count", "join_note_count_form", "add_note_count"):
        from handlers.texts.units import quantity

        unit, count = str(params.get("unit") or ""), params["count"]
        typed = quantity(count, unit, lang) if unit else str(count)
        portions = resolve(lang) == "zh" and not unit
        params = {**params, "count_typed": f"{typed}份" if portions else typed}
        params["count_amount"] = f"{typed} 份" if portions else typed
    if code in ("join_items_one_by_one", "join_people_one_by_one") and isinstance(params.get("items"), tuple):
        params = {**params, "items": _listed(lang, tuple(params["items"]))}
    held = params.get("held")  # the friends' lines: `小王 大盒 ×1 / 妈妈 ×2`, per kg "Wang 1 kg"
    if code == "leave_friend_none" and isinstance(held, tuple):
        from handlers.texts.units import times

        unit = str(params.get("unit") or "")
        friends = (
            " ".join(x for x in (friend, option, times(count, unit, lang)) if x)
            for friend, option, count in held
        )
        params = {**params, "held": " / ".join(friends)}
    if code == "payout_nothing_now" and "why" not in params:  # paid out, refunded, or an undone 已收: which
        reasons = params.get("gone")
        reasons = reasons if isinstance(reasons, (list, tuple)) else ()
        gone = [t(lang, f"payout_gone_{why}") for why in reasons if has(f"payout_gone_{why}")]
        params = {**params, "why": t(lang, "payout_gone_join").join(gone)}
    if code in (  # the other account kinds:
        "payout_destination_missing",
        "payout_destination_rejected",
        "payout_method_not_offered",
        "payout_method_not_offered_short",
        "payout_other_currency_account",
        "payout_comma_account",
        "payout_balance_below_minimum_account",
        "payout_only_pending_account",
        "payout_private_only_account",
    ):
        sgd = params.get("currency") == "SGD"  # PayNow is Singapore's, offered only in an SGD shop
        params = {**params, "others": t(lang, "payout_other_methods_sgd" if sgd else "payout_other_methods")}
    if code == "payout_destination_rejected":  # rep97 #5: `Alipay ···i.cn` in
        method, account = masked(str(params.get("to") or ""))  # prose, in full only in the command
        params = {**params, "shown": f"{t(lang, f'payout_via_{method}')} {account}" if method else account}
    # every clash of a lower stock at once, with the command that works
    if code in ("edit_stock_cut", "edit_stock_cut_waiters_cleared"):
        from handlers.texts.stock_cut import problems_and_steps  # it fills its texts with t()

        params = problems_and_steps(lang, params)
    params = in_its_unit(lang, code, params)
    if isinstance(status, str):
        kind = GroupBuyStatus if refusal.code.startswith("group_buy_") else OrderStatus
        params = {**params, "status": status_text(lang, kind(status))}
    comma = params.get("comma")
    if isinstance(comma, str) and comma:  # `+1,5斤`: the point meant, then the amount's own refusal
        pointed = comma.replace(",", ".").replace("，", ".")
        first = t(lang, "decimal_comma_read", comma=comma, pointed=pointed)
        unit = str(params.get("unit") or "")
        if pointed.replace(".", "").isdigit() and unit:  # `+1,5` on one sold per kg: “1.5 kg”, as read
            params = {**params, "typed": f"{pointed} {unit}" if unit.isascii() else f"{pointed}{unit}"}
        return t(lang, "two_sentences", first=first, second=t(lang, code, **params))
    return t(lang, code, **params)


_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")

# A refusal's amounts the domain wrote in the group buy's unit (`0.3斤`, `1斤`: commerce.services.group_buys)
_AMOUNTS = ("exact", "n_amount", "lower_amount", "upper_amount")


def _set_to_form(lang: str, params: dict[str, Any]) -> str:
    """`already_listed`'s set-to naming her option and unit, N for the count (`大盒改成N份`, `改成N斤`,
    "make it N large")."""
    option = str(params.get("more") or "")[2:].strip()  # `+1 大盒`: 大盒
    unit = str(params.get("unit") or "")
    if lang.startswith("zh"):
        return f"{option}改成N{unit or '份'}"
    return " ".join(word for word in ("make it N", unit, option) if word)


def _unit_in_language(lang: str, params: dict[str, Any]) -> dict[str, Any]:
    """A refusal's `params` with its unit said in the reader's language (handlers.texts.units.said), the
    amounts written in it too: in English a Chinese unit by its English word (`个`: piece, `斤`: jin:
    "sold by the jin", "0.3 jin"), in Chinese an English unit word by its Chinese unit (`jin`: `按斤卖`,
    `0.3斤`); else as they are."""
    from handlers.texts import units as unit_texts

    unit = params.get("unit")
    if not isinstance(unit, str) or not unit or unit_texts.said(lang, unit) == unit:
        return params
    said = unit_texts.said(lang, unit)
    params = {**params, "unit": said}
    for key in _AMOUNTS:
        value = params.get(key)
        if isinstance(value, str) and value.endswith(unit):
            number = value.removesuffix(unit).strip()
            whole = number.isdigit()
            part = f"{number} {said}" if said.isascii() else f"{number}{said}"
            params[key] = unit_texts.quantity(int(number), said, lang) if whole else part
    typed = params.get("typed")  # `+0.5` on one sold by the 斤: “0.5斤” read back as “0.5 jin”
    if isinstance(typed, str) and typed.endswith(unit):
        number = typed.removesuffix(unit).strip()
        if _DECIMAL.fullmatch(number):  # a member's own words (`半斤`, `1.5kg`) stay as typed
            counted = unit_texts.quantity(2, said, lang)  # a count noun's plural: “1.5 pieces”
            params["typed"] = number + counted.removeprefix("2")
    return params


def in_its_unit(lang: str, code: str, params: dict[str, Any]) -> dict[str, Any]:
    """A refusal's `params` with its counts and prices said in the group buy's unit (its `unit` param:
    `满 10斤`, `¥12/斤`; with none `满 10 份`; in the reader's language, `10 jin`, `10斤`), and the unit
    as a word in `lang`: as the chat's text says them (`refusal_text`), and the console's own text for
    the same refusal (bot.console.wording)."""
    params = _unit_in_language(lang, params)
    if code in _IN_ITS_UNIT:  # sold per kg: "limited to 6 kg per person", `已经成团（5斤）`
        from handlers.texts import units as unit_texts

        unit, said = str(params.get("unit") or ""), _IN_ITS_UNIT[code]
        counted = {key: (params.get(source), how) for key, (source, how) in said.items()}
        params = {
            **params,
            **{
                # a count; anything else is shown as it came
                key: getattr(unit_texts, how)(lang, n, unit) if isinstance(n, int) else params.get(key, n)
                for key, (n, how) in counted.items()
            },
        }
    if code in _PRICED and params.get("unit"):
        from handlers.texts.units import priced

        unit = str(params["unit"])
        params = {**params, **{key: priced(lang, str(params[key]), unit) for key in _PRICED[code]}}
    if code in _NEW_UNIT:  # `¥14/kg 就是每斤 ¥7`, "¥14/kg is ¥7 per jin", `（现在 ¥50/箱）`, "(now ¥50/box)"
        from handlers.texts.units import priced, word

        unit = str(params.get("unit") or "")
        params = {**params, "per": word(lang, unit)}
        if "now_price" in params:
            params["price"] = priced(lang, str(params["now_price"]), unit)
        if "typed_price" in params:
            params["typed"] = priced(lang, str(params["typed_price"]), str(params["new_unit"]))
    if params.get("unit"):  # the unit as a word (`按公斤卖`, `不是整公斤数`); its amounts are said above
        from handlers.texts.units import word

        params = {**params, "unit": word(lang, str(params["unit"]))}
        if params.get("units_word"):
            params["units_word"] = word(lang, str(params["units_word"]))
    return params


def _listed(lang: str, items: tuple[object, ...]) -> str:
    """`“+2 #3”、“+5 #2”、“+1 #1”`; in English `“+2 #3”, “+5 #2” and “+1 #1”`."""
    quoted = [f"“{item}”" for item in items]
    if resolve(lang) == "zh" or len(quoted) < 2:
        return "、".join(quoted)
    return f"{', '.join(quoted[:-1])} and {quoted[-1]}"

"""A chat command's refusal as the console says it: where the chat's text points to a chat command
(`Example: /paid 12-3`, `or /cancel to call it off`, `To show it again: /unhide 1`, `/edit #12 5kg …`),
the page names its own button or form instead, with the right numbers; every other refusal is the
chat's own text (`refusal_text`)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import Terms
from commerce.domain.money import format_money
from handlers.edits import how_many_times
from handlers.texts import MAX_QUOTED, format_datetime, in_its_unit, refusal_text, t
from handlers.texts.pickup import pickup_text
from handlers.texts.units import priced

# A refusal's code -> the console's text for it (the same placeholders, and what `page_refusal` adds).
CONSOLE_WORDING = {
    "order_not_found": "console_order_not_found",
    "order_before_close": "console_order_before_close",  # no `截单 #5` to type, no "you will be told"
    "order_before_close_member": "console_order_before_close",
    "target_not_reached": "console_target_not_reached",
    "note_already_hidden": "console_note_already_hidden",
    "edit_options": "console_edit_options",
    "edit_price_drop_confirm": "console_edit_price_drop_confirm",  # the form's box, not `… 确认`
    "cancel_order_paid": "console_cancel_order_paid",  # "Refund it", not `/refund 12-3`
    "refund_part_in_words": "console_refund_part_in_words",  # the form's Amount, not `退款 1-2 ¥78`
    "refund_part_over": "console_refund_part_over",  # no `退款 1-2 ¥126` to type
    "refund_other_currency": "console_refund_other_currency",  # the Amount in ¥, or blank for all
    "refund_part_telegram": "console_refund_part_telegram",  # the Amount left empty, not `/refund 1-2`
    "refund_part_not_paid": "console_refund_part_not_paid",  # no `取消订单 1-2` to type
    "refund_received_over": "console_refund_received_over",  # the form's Amount, not `/refund 1-3 ¥50`
    "cancel_order_received_part": "console_cancel_order_received_part",  # no `退款 1-3 ¥50` to type
    "unpaid_part_refunded": "console_unpaid_part_refunded",  # its Refund button, not `退款 1-2`
    "notpaid_already_paid": "console_notpaid_already_paid",  # its 撤销已收 button (rep98 #10)
    "refund_part_repeat": "console_refund_part_repeat",  # the form sent twice, not "this message"
    "refund_part_twice": "console_refund_part_twice",  # the form's box, not `退款 1-2 78 确认`
    # the form's 规格 and 退几份 or its amount, not `退款 1-2 大盒 1；按金额退：退款 1-2 ¥63` (rep85 #10)
    "refund_option_units_over": "console_refund_option_units_over",
    "refund_option_units_left": "console_refund_option_units_left",
    "refund_option_units_left_all": "console_refund_option_units_left_all",
    "refund_option_not_held": "console_refund_option_not_held",
    "refund_option_none": "console_refund_option_not_sold",
    "edit_closed_details": "console_edit_closed_details",  # the form's fields, not `/pickup #4 …`
    # the form's words, not an example of the opening command (`接龙 海南贵妃芒 …`, `price 88 tiers …`)
    "title_missing": "console_title_missing",
    "title_too_long": "console_title_too_long",
    "tier_price_not_lower": "console_tier_price_not_lower",  # in its unit: `满 10斤的价格（¥13/斤）`
    "tier_quantity_invalid": "console_tier_quantity_invalid",
    "tier_above_stock": "console_tier_above_stock",
    "tier_above_stock_options": "console_tier_above_stock",
    "option_tiers_discount": "console_option_tiers_discount",
    "price_above_max": "console_price_above_max",
    "stars_price_too_high": "console_stars_price_too_high",  # `500⭐` in the field, not `/groupbuy Pin …`
    "open_twice": "console_open_twice",  # its page's Change, not `/edit #12`
    # what to type in the form's field, not a chat command (`Example: target 10`, `成团 10 库存 50`)
    "target_invalid": "console_target_invalid",
    "stock_invalid": "console_stock_invalid",
    "limit_invalid": "console_limit_invalid",
    "stock_below_target": "console_stock_below_target",
    "limit_above_stock": "console_limit_above_stock",
    # the Deadline and Pickup fields (new, edit; copy: its Deadline), not `截止 2小时`, `/pickup Gate 3 …`
    "deadline_in_past": "console_deadline_in_past",
    "edit_deadline_in_past": "console_deadline_in_past",
    "deadline_too_far": "console_deadline_too_far",
    "ends_invalid": "console_ends_invalid",
    "pickup_in_past": "console_pickup_in_past",
    "pickup_too_long": "console_pickup_too_long",
    "payment_note_too_long": "console_payment_note_too_long",  # by its label, 收款方式 (not 付款方式)
    # a price, tiers or options as the field is filled in (Price or Options: no field named), not `price 88`
    "price_invalid": "console_price_invalid",
    "price_not_positive": "console_price_not_positive",
    "price_too_precise": "console_price_too_precise",
    "price_too_large": "console_price_too_large",
    "price_unit_unknown": "console_price_unit_unknown",
    "price_amount_missing": "console_price_amount_missing",  # `/斤`: the field's `15/斤`, not `价格 15/斤`
    "price_not_a_number": "console_price_not_a_number",  # `abc/斤`: the field's `15/斤`, not `价格 15/斤`
    "price_comma": "console_price_comma",  # `2,50/kg`: the field's `2.50/kg`, not `价格 2.50/kg`
    # a bare `$` where prices are in ¥: the field's `20`, `¥20` or `US$20`, not `/groupbuy 西瓜 price 20` or
    # `currency USD` (the form has no currency field; `US$20` opens in US dollars, as `price US$20` does)
    "price_currency_sign": "console_price_currency_sign",
    "price_currency_sign_opening": "console_price_currency_sign",
    "tiers_invalid": "console_tiers_invalid",
    "options_with_price": "console_options_with_price",
    "option_name_invalid": "console_option_name_invalid",
    "option_name_too_long": "console_option_name_too_long",
    "options_usage": "console_options_usage",  # the Options field's form, not `/groupbuy … options`
    "option_price_invalid": "console_option_price_invalid",
    "option_price_not_positive": "console_option_price_not_positive",
    "option_stock_invalid": "console_option_stock_invalid",
    "option_stock_out_of_range": "console_option_stock_out_of_range",  # in Options, not the Stock field
    "pickup_usage": "console_pickup_usage",  # the Pickup field, not `/pickup Gate 3 …`
    "edit_target_unforms": "console_edit_target_unforms",  # "write 2 or less in Target", not `target 5`
    # lines are taken off the list in the group buy's chat (the console cannot): said so, with its number
    "edit_stock_below_sold": "console_edit_stock_below_sold",
    "edit_limit_below_held": "console_edit_limit_below_held",
    # the copy form (再开一团 / Open again): its page's buttons and the form's chat list, not `/close #12`
    "copy_original_open": "console_copy_original_open",
    "copy_twice": "console_copy_twice",
    "copy_price_above_max": "console_copy_price_above_max",  # no Price field: open it from New group buy
    "copy_target_ambiguous": "console_copy_target_ambiguous",
    "payout_already_approved": "console_payout_already_approved",  # its button, not `/payouts paid 1`
    # after a refund: its Reject button, not `/payouts reject 1`
    "payout_above_earnings": "console_payout_above_earnings",
    "payout_above_earnings_none_left": "console_payout_above_earnings_none_left",
    "payout_above_earnings_below_minimum": "console_payout_above_earnings_below_minimum",
    "member_already_muted": "console_member_already_muted",  # "this chat": a page is no 本群
    "order_not_paid_yet": "console_order_not_paid_yet",  # its Mark paid button, not `/paid 12-3`
    # a unit change once people joined: the price in its unit as the Price field takes it (`¥2.50/jin`),
    # not `/edit #1 price ¥2.50`
    "edit_unit_joined": "console_edit_unit_joined",
}


# Read by someone other than the group buy's organiser (an admin), who cannot take lines off in its chat:
# they are told to ask the organiser (`organiser`, their name), who can (`/remove` there).
OTHERS_WORDING = {
    "edit_stock_below_sold": "console_edit_stock_below_sold_others",
    "edit_limit_below_held": "console_edit_limit_below_held_others",
}


def net_of_part_refund(
    lang: str, *, total: int, refunded: int, currency: str, amount: int | None = None
) -> str:
    """A part-refunded order's money as every console page says it (the orders list, a member's page):
    the net with the order and its refund said once, `¥15（订单 ¥20，已退 ¥5）` / "¥15 (order ¥20, ¥5
    refunded)"; `amount`, a line of several's own amount, stands for the net (`¥10（订单 ¥20，…）`)."""
    return t(
        lang,
        "console_order_amount_part_refunded",
        amount=format_money(total - refunded if amount is None else amount, currency),
        total=format_money(total, currency),
        refunded=format_money(refunded, currency),
    )


def page_refusal(lang: str, refusal: DomainError, **known: Any) -> str:
    """`refusal` in the console's words (`known`: what the page knows that the refusal does not carry,
    e.g. the group buy's `id`; `organiser`, their name, when the reader is someone else), else as the
    chat says it; its counts and prices in the group buy's unit as the chat's text says them (`满 10斤`,
    `¥13/斤`)."""
    others = OTHERS_WORDING.get(refusal.code) if known.get("organiser") else None
    key = others or CONSOLE_WORDING.get(refusal.code)
    sold = refusal.params.get("sold")
    if refusal.code == "target_not_reached" and isinstance(sold, int) and sold > 0:  # as the chat: lower it
        key, known = "console_target_not_reached_lower", {**known, "lower": sold}
    if key is None:
        return refusal_text(lang, refusal)
    params = refusal.params
    value = params.get("value")
    if isinstance(value, str) and len(value) > MAX_QUOTED:  # as the chat's text quotes it: cut short
        params = {**params, "value": value[: MAX_QUOTED - 1] + "…"}
    if refusal.code == "edit_price_drop_confirm":  # the prices and how far, in the page's language
        old, new = int(params["drop_from"]), int(params["drop_to"])
        currency, unit = str(params["drop_currency"]), str(params["drop_unit"])
        known = {
            **known,
            "price": priced(lang, format_money(old, currency), unit),
            "new": priced(lang, format_money(new, currency), unit),
            "factor": how_many_times(old, new, lang),
        }
    if refusal.code in ("price_currency_sign", "price_currency_sign_opening"):  # as the field takes it
        known = {**known, **_dollar_fields(str(refusal.params["value"]), str(refusal.params["symbol"]))}
    if refusal.code == "edit_unit_joined":  # the price converted, in the unit sold in: `¥2.50/jin`
        known = {**known, "field": priced(lang, str(params["example"]), str(params["unit"]))}
    return t(lang, key, **{**in_its_unit(lang, refusal.code, params), **known})


_DOLLAR_AMOUNT = re.compile(r"\$\s*(\d+(?:[.,]\d+)*)|(\d+(?:[.,]\d+)*)\s*\$")  # `$20`, `20 $`


def _dollar_fields(value: str, symbol: str) -> dict[str, str]:
    """A price typed with a bare `$` (`$20`, `20$/斤`, options `大:$20, 小:$10`) as the Price or Options
    field takes it in each currency: `plain` (`20`) and `signed` (`¥20`) in the group buy's own, `usd`
    (`US$20`) and `sgd` (`S$20`) opening it in that one (`money.CURRENCY_SIGNS`)."""

    def written(sign: str) -> str:
        return _DOLLAR_AMOUNT.sub(lambda found: sign + (found.group(1) or found.group(2)), value)

    return {"plain": written(""), "signed": written(symbol), "usd": written("US$"), "sgd": written("S$")}


# A pickup time before the deadline, refused to the group buy form (new, edit): the form's fields named,
# not `自提 …` / `修改 #12 …` or "the opening message", and its times written for the page's reader.
FORM_WORDING = {
    "pickup_before_deadline_open": "console_pickup_before_deadline_open",
    "pickup_before_default_deadline_open": "console_pickup_before_default_deadline_open",
    "pickup_before_deadline": "console_pickup_before_deadline",
    "deadline_after_pickup": "console_deadline_after_pickup",
    "deadline_after_group_pickup": "console_deadline_after_group_pickup",
}
DEADLINE_FIELD = "%Y-%m-%d %H:%M"  # as the form's Deadline field shows it and reads it back


def form_refusal(lang: str, tz: ZoneInfo, refusal: DomainError, **known: Any) -> str:
    """A refusal of the group buy form (new, edit) in the page's language `lang`: one about the pickup
    time and the deadline names the form's fields, its times written from the ones it carries
    (handlers.pickup_points `refuse_before_close`: `deadline_at`, `pickup_at`, `later_at`, `ends_at`,
    `place`), never as the chat's language wrote them; any other, as `page_refusal` says it."""
    key = FORM_WORDING.get(refusal.code)
    params = refusal.params
    times = [params.get(name) for name in ("deadline_at", "pickup_at", "later_at", "ends_at")]
    if key is None or not all(isinstance(at, datetime) for at in times):
        return page_refusal(lang, refusal, **known)
    deadline_at, pickup_at, later_at, ends_at = (at for at in times if isinstance(at, datetime))
    later = Terms(title="", unit_price=1, pickup=str(params.get("place", "")), pickup_at=later_at)
    written = {
        "deadline": format_datetime(deadline_at, tz, lang),
        "pickup": format_datetime(pickup_at, tz, lang),
        "example": pickup_text(later, tz, lang),
        "ends": ends_at.astimezone(tz).strftime(DEADLINE_FIELD),
    }
    return t(lang, key, **{**params, **known, **written})

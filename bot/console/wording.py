"""A chat command's refusal as the console says it: where the chat's text points to a chat command
(`Example: /paid 12-3`, `or /cancel to call it off`, `To show it again: /unhide 1`, `/edit #12 5kg …`),
the page names its own button or form instead, with the right numbers; every other refusal is the
chat's own text (`refusal_text`)."""

from __future__ import annotations

from typing import Any

from commerce.domain.errors import DomainError
from handlers.texts import refusal_text, t

# A refusal's code -> the console's text for it (the same placeholders, and what `page_refusal` adds).
CONSOLE_WORDING = {
    "order_not_found": "console_order_not_found",
    "target_not_reached": "console_target_not_reached",
    "note_already_hidden": "console_note_already_hidden",
    "edit_options": "console_edit_options",
    "cancel_order_paid": "console_cancel_order_paid",  # "Refund it", not `/refund 12-3`
    "edit_closed_details": "console_edit_closed_details",  # the form's fields, not `/pickup #4 …`
    # the form's words, not an example of the opening command (`接龙 海南贵妃芒 …`, `price 88 tiers …`)
    "title_missing": "console_title_missing",
    "title_too_long": "console_title_too_long",
    "tier_price_not_lower": "console_tier_price_not_lower",
    "payout_already_approved": "console_payout_already_approved",  # its button, not `/payouts paid 1`
    "member_already_muted": "console_member_already_muted",  # "this chat": a page is no 本群
}


def page_refusal(lang: str, refusal: DomainError, **known: Any) -> str:
    """`refusal` in the console's words (`known`: what the page knows that the refusal does not carry,
    e.g. the group buy's `id`), else as the chat says it."""
    key = CONSOLE_WORDING.get(refusal.code)
    if key is None:
        return refusal_text(lang, refusal)
    return t(lang, key, **{**refusal.params, **known})

"""Texts that tell a member to tap a button, and what they say instead where the platform has none.

WeChat has no buttons: its adapter shows a reply's buttons as one line of numbered choices (`回复 1 跟团`,
bot/wechat/render.py), so "点“跟团”" or "点“已收到”" points at nothing there. Each text here has a variant
for such a platform that says the typed command (`发 +1 参加`, `发“已收 12-3”`) or the numbered reply
instead: `text_key` picks it for the platform a request came from, `refusal` for a refusal's message.
"""

from __future__ import annotations

from commerce.domain.errors import DomainError

NO_BUTTONS = frozenset({"wechat"})  # platforms whose replies show buttons as numbered choices

# a text's key -> its variant without buttons (the same placeholders)
TYPED = {
    "opened": "opened_no_buttons",
    "copied": "copied_no_buttons",
    "copied_new_here": "copied_new_here_no_buttons",
    "option_which": "option_which_private",  # `+1 5斤` only, as in a private chat (no Join buttons there)
    "waitlist_option_which": "waitlist_option_which_no_buttons",
    "reported_paid_organiser": "reported_paid_organiser_no_buttons",
    "reported_paid_organiser_short": "reported_paid_organiser_short_no_buttons",
    "helpsell_listed_here": "helpsell_listed_here_no_buttons",
    "helpsell_listed_here_own": "helpsell_listed_here_own_no_buttons",
    "ask_unknown_offer": "ask_unknown_offer_no_buttons",
    "ask_friends_more": "ask_friends_more_no_buttons",
    "ask_unknown_offer_seller": "ask_unknown_offer_seller_no_buttons",
    "ask_friends_more_seller": "ask_friends_more_seller_no_buttons",
    "like_usage": "like_usage_no_buttons",
    "unlike_usage": "unlike_usage_no_buttons",
    "note_like_in_group": "note_like_in_group_no_buttons",
    "note_unlike_in_group": "note_unlike_in_group_no_buttons",
    "note_join_hint_code": "note_join_hint_code_no_buttons",  # a note card's hint (handlers.notes.render)
    "note_join_hint_code_option": "note_join_hint_code_option_no_buttons",
    "digest_foot": "digest_foot_no_buttons",  # `赞 3`: the digest's numbers expire before it is read
    "private_join_needs_link": "private_join_needs_link_no_buttons",  # a share code, not a card's buttons
    "private_join_in_group": "private_join_in_group_no_buttons",
    "button_stale": "button_stale_no_buttons",  # a numbered reply stands for a button there
    "option_gone": "option_gone_no_buttons",
    "help_pay": "help_pay_no_buttons",  # `/help pay`: `/pay 12-3`, no Pay button on the order
    "help_notes": "help_notes_no_buttons",  # `/help notes`: a note's join is the +1 its card says to send
    "note_linked": "note_linked_no_buttons",  # `/note 3 #12`: its card says how to join, no Join button
    "note_linked_held": "note_linked_held_no_buttons",
    "note_linked_held_author": "note_linked_held_author_no_buttons",
    "note_held_linked_you": "note_held_linked_you_no_buttons",
    "note_held_linked_you_in": "note_held_linked_you_in_no_buttons",
}


def has_buttons(platform: str | None) -> bool:
    return platform not in NO_BUTTONS


def text_key(key: str, platform: str | None) -> str:
    """`key`, or on a platform without buttons its variant that names no button."""
    return key if has_buttons(platform) else TYPED.get(key, key)


def refusal(said: DomainError, platform: str | None) -> DomainError:
    """The refusal as the member reads it: on a platform without buttons, with its message's variant."""
    code = text_key(said.code, platform)
    return said if code == said.code else type(said)(code, **said.params)

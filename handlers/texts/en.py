"""English texts: key -> `str.format` template. zh.py has the same keys and placeholders (a test checks)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # -- refusals raised by commerce/ (DomainError codes) ----------------------------------------------
    "currency_unknown": (
        "The currency {currency} is not supported here. Ask the admin to set CNY, USD or EUR."
    ),
    "price_invalid": "“{value}” is not a price I can read. Write it like: price 88, price 88.50 or price ¥88",
    "price_too_precise": "“{value}” has too many decimals ({digits} at most). Example: price 88.50",
    "price_not_positive": "A price must be more than zero (you wrote “{value}”). Example: price 88",
    "price_too_large": "“{value}” is too large for a price. Example: price 88",
    "title_missing": (
        "Say what you are selling before the price. "
        "Example: /groupbuy Mangoes 5kg price 88 target 10 ends 8pm"
    ),
    "title_too_long": (
        "The title is too long ({max} characters at most). Example: /groupbuy Mangoes 5kg price 88"
    ),
    "tier_quantity_invalid": (
        "A tier starts at {quantity}, but each tier must start above 1 and above the tier before it. "
        "Example: tiers 10:78,20:68"
    ),
    "tier_price_not_lower": (
        "The price from {quantity} ({price}) must be lower than the price before it ({previous}). "
        "Example: price 88 tiers 10:78,20:68"
    ),
    "target_invalid": (
        "The target must be a whole number from 1 to 9999 (you wrote {value}). Example: target 10"
    ),
    "stock_invalid": "Stock must be a whole number of at least 1 (you wrote {value}). Example: stock 50",
    "stock_below_target": (
        "The stock ({stock}) is below the target ({target}), so it could never succeed. "
        "Example: target 10 stock 50"
    ),
    "limit_invalid": "The limit per person must be from 1 to 9999 (you wrote {value}). Example: limit 3",
    "deadline_in_past": (
        "That deadline has already passed. Examples: ends 2h, ends tomorrow 9:00, ends fri 18:00"
    ),
    "deadline_too_far": "That deadline is too far away ({days} days at most). Example: ends 3d",
    "group_buy_closed": (
        "Group buy #{id} ({title}) is closed: nothing was changed. Start a new one with /groupbuy"
    ),
    "quantity_invalid": "{value} is not a quantity I can take (1 to 9999). Example: +2",
    "limit_exceeded": (
        "Sorry, {title} is limited to {limit} per person and you already have {have}. Nothing was changed."
    ),
    "sold_out": "Sorry, {title} is sold out.",
    "not_enough_stock": "Only {left} left of {title}: nothing was changed. Example: +{left}",
    "not_joined": "You are not on the list of {title}. Join with +1",
    "not_organiser": "Only the organiser ({organiser}) can do that: nothing was changed.",
    "target_not_reached": (
        "It cannot close yet: {sold} of {target} so far. Wait for the deadline, or /cancel to call it off."
    ),
    "order_already_paid": "Order #{order} is already marked as paid: nothing was changed.",
    "order_not_payable": "Order #{order} cannot be paid now (it is {status}): nothing was changed.",
    "payment_amount_mismatch": "The amount for order #{order} does not match its total: nothing was changed.",
    "no_open_group_buy": "There is no open group buy in this chat. Start one: /groupbuy Mangoes price 88",
    "group_buy_not_found": "There is no group buy #{id} in this chat. Example: /status shows the open one",
    "busy_try_again": "Many people are joining right now: nothing was changed, please try again.",
    "order_not_found": "There is no order #{order}. Example: /paid 12 (the number from the order message)",
    "group_buy_succeed_not_allowed": (
        "This group buy cannot succeed now (it is {status}): nothing was changed."
    ),
    "group_buy_fail_not_allowed": "This group buy cannot fail now (it is {status}): nothing was changed.",
    "group_buy_cancel_not_allowed": (
        "This group buy cannot be cancelled now (it is {status}): nothing was changed."
    ),
    "group_buy_fulfil_not_allowed": (
        "This group buy cannot be handed out now (it is {status}): nothing was changed."
    ),
    "order_pay_not_allowed": "This order cannot be paid now (it is {status}): nothing was changed.",
    "order_cancel_not_allowed": "This order cannot be cancelled now (it is {status}): nothing was changed.",
    "order_fulfil_not_allowed": "This order cannot be picked up now (it is {status}): nothing was changed.",
    "order_refund_not_allowed": "This order cannot be refunded now (it is {status}): nothing was changed.",
    # -- refusals of the chat layer ----------------------------------------------------------------------
    "unknown_command": "I don't know the command /{command}. Send /help to see what I understand.",
    "help_hint": "I didn't understand that. Send /help to see what I can do, or /orders for your orders.",
    "unexpected_error": "Sorry, something went wrong on my side. Nothing was changed; please try again.",
    "button_stale": "This button is no longer valid.",
    "price_missing": "Add a price. Example: /groupbuy Mangoes 5kg price 88 target 10 ends 8pm",
    "number_invalid": "“{value}” after {keyword} is not a whole number. Example: {keyword} 10",
    "tiers_invalid": "I can't read the tiers “{value}”. Write quantity:price pairs, e.g. tiers 10:78,20:68",
    "ends_invalid": (
        "I can't read the deadline “{value}”. Examples: ends 2h, ends today 20:00, ends tomorrow 9:00, "
        "ends fri 18:00, ends 2026-12-01 20:00"
    ),
    "join_usage": "Write it like: +1, +2, /join 2, /join #12 2, or +1 for Wang",
    "leave_usage": "Write it like: -1 (one fewer), /leave (off the list) or /leave #12",
    "id_usage": "Write it like: {command} or {command} #12",
    "paid_usage": "Write it like: /paid 12 (the order number) or /paid @name",
    "pickup_usage": "Name the pickup point and time. Example: /pickup Gate 3 tomorrow 17:00",
    "pickup_too_long": (
        "That pickup is too long (at most {max} characters). Example: /pickup Gate 3 tomorrow 17:00"
    ),
    "lang_usage": "Write /lang zh for Chinese or /lang en for English.",
    "member_no_order": "That member has no order in this chat: nothing was changed. Example: /paid 12",
    "member_all_paid": "{name} has no unpaid order here: nothing was changed.",
    "member_none_to_pick_up": "{name} has no paid order waiting for pickup here: nothing was changed.",
    "picked_up_usage": "Write it like: /pickedup 12 (the order number) or /pickedup @name",
    "picked_up_confirmed": "Order #{order} of {name} ({total}) is picked up.",
    "picked_up_buyer_note": "{organiser} marked your order #{order} ({title}) as picked up. Enjoy!",
    "order_already_picked_up": "Order #{order} is already picked up: nothing was changed.",
    "order_not_paid_yet": (
        "Order #{order} is not paid yet: confirm the payment first with /paid {order}, "
        "then /pickedup {order}."
    ),
    "order_not_pickable": "Order #{order} cannot be picked up (it is {status}): nothing was changed.",
    "cmd_status": "/status",
    "cmd_close": "/close",
    "cmd_cancel": "/cancel",
    # -- answers ----------------------------------------------------------------------------------------
    "opened": (
        "Group buy #{id} is open: {title} at {price} each. Join with +1 or the Join button; it closes "
        "{deadline}."
    ),
    "joined": "{name} is in: {quantity} × {title} (#{id}).",
    "joined_for": "{name} is in: {quantity} × {title} (#{id}), for {friends}.",
    "price_now": "Now {price} each.",
    "price_next": "Now {price} each — {left} more for {next_price}.",
    "target_reached": "🎉 Target reached: the group buy is on!",
    "left": "{name} left {title} (#{id}).",
    "lowered": "{name} now has {quantity} × {title} (#{id}).",
    "toast_joined": "You're in: {quantity} × {title}",
    "toast_already_in": "You're already in: {quantity} × {title}. To add one more, send +1.",
    "toast_left": "You left {title}",
    "toast_lowered": "You now have {quantity} × {title}",
    "toast_status": "Updated",
    "lang_set": "OK, I'll speak English in this chat.",
    "help": (
        "Tuan runs group buys in this chat.\n"
        "Start: /groupbuy Mangoes 5kg price 88 tiers 10:78,20:68 target 10 stock 50 limit 3 ends 8pm "
        "pickup Gate 3\n"
        "Join: +1, +2, /join #12 2, +1 for Wang · Fewer: -1 · Leave: /leave\n"
        "See the card: /status · Organiser: /close (stop now), /cancel, /paid 12 or /paid @name, "
        "/pickedup 12, "
        "/pickup Gate 3 tomorrow 17:00, /payment WeChat transfer to Amy\n"
        "Your orders: /orders · Pay: /pay 12 · Refund (organiser): /refund 12\n"
        "Language: /lang zh | /lang en\n"
        "Deadlines: ends 2h, 30m, 3d, today 20:00, tomorrow 9:00, fri 18:00, 2026-12-01 20:00"
    ),
    # -- the card -----------------------------------------------------------------------------------------
    "card_title": "🛒 {title} (#{id})",
    "card_organiser": "Organiser: {name}",
    "card_price": "Price: {price} each",
    "card_next_tier": "{left} more for {price}",
    "card_tiers": "Tiers: {tiers}",
    "card_tier": "{quantity}+ {price}",
    "card_target_reached": "✅ Target reached: the group buy is on",
    "card_stock_left": "Stock left: {left}",
    "card_sold_out": "Sold out",
    "card_limit": "Limit: {limit} per person",
    "card_deadline": "Closes: {deadline}",
    "card_deadline_passed": "⏰ Deadline passed: closing…",
    "card_pickup": "Pickup: {pickup}",
    "pickup_at": "{place} · {time}",
    "pickup_set": "Pickup for {title} (#{id}): {pickup}",
    "order_pickup": "Pickup: {pickup}",
    "order_payment_note": "How to pay: {note}",
    "payment_note_set": "How to pay for {title} (#{id}): {note}. Every buyer's order will say so.",
    "payment_note_usage": "Say how buyers pay. Example: /payment WeChat transfer to Amy, or cash at pickup",
    "stars_price_too_high": (
        "One Telegram Stars payment carries at most {max}⭐, so a price in Stars must be at most {max}⭐. "
        "Example: /groupbuy Pin price 500⭐"
    ),
    "payment_note_too_long": "That payment note is too long: at most {max} characters, please.",
    "card_succeeded": "✅ Succeeded at {price} each (units: {sold})",
    "card_failed": "❌ Did not reach the target ({sold}/{target}): nobody is charged",
    "card_cancelled": "🚫 Cancelled: nobody is charged",
    "card_fulfilled": "📦 Handed out at {price} each",
    "card_line": "{n}. {name} ×{quantity}",
    "card_line_for": " (for {friends})",
    "card_line_paid": " ✅",
    "card_more": "… and {count} more",
    "card_empty": "Nobody yet: be the first with +1",
    "card_gone": "Group buy #{id} no longer exists.",
    "btn_join": "Join",
    "btn_more": "+1 more",
    "btn_leave": "Leave",
    "btn_status": "Progress",
    "weekdays": "Mon Tue Wed Thu Fri Sat Sun",
    "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "date": "{weekday} {day} {month} {time}",
    "sentence_gap": " ",
    "list_separator": ", ",
    # -- closing --------------------------------------------------------------------------------------------
    "closed_succeeded": (
        "✅ {title} (#{id}) succeeded at {price} each (orders: {orders}, units: {units}). "
        "Pay the organiser {organiser} offline; they confirm with /paid <order>. "
        "Each buyer got their order in a private message."
    ),
    "closed_failed": "❌ {title} (#{id}) did not reach its target ({sold}/{target}). Nobody is charged.",
    "closed_cancelled": "🚫 {title} (#{id}) was cancelled. Nobody is charged.",
    "order_private": (
        "Your order #{order} in {title} (#{id}):\n{lines}\nTotal: {total}\n"
        "Pay the organiser {organiser} (cash or transfer); they confirm with /paid {order}."
    ),
    "order_line": "{description}: {quantity} × {price} = {total}",
    # -- orders ----------------------------------------------------------------------------------------------
    "orders_none": "You have no orders yet.",
    "orders_header": "Your orders:",
    "orders_item": "#{order} {title}: {quantity} × {price} = {total} · {status}",
    "orders_sent_privately": "{name}, I've sent your orders to you in a private message.",
    "status_pending_payment": "to pay",
    "status_paid": "paid",
    "status_fulfilled": "picked up",
    "status_cancelled": "cancelled",
    "status_refunded": "refunded",
    "paid_confirmed": "Order #{order} of {name} ({total}) is marked as paid.",
    "paid_buyer_note": (
        "{organiser} confirmed your payment of {total} for order #{order} ({title}). Thank you!"
    ),
    # -- checkout (handlers/payments.py, handlers/sharing.py) ---------------------------------------------
    "payment_reference_invalid": (
        "This payment request was not made by this bot (or was changed): nothing was charged. "
        "Tap Pay on your order again, or send /pay"
    ),
    "order_not_yours": "Order #{order} is not yours: nothing was charged. Your orders: /orders",
    "order_cancelled": "Order #{order} was cancelled, so it cannot be paid: nothing was charged.",
    "order_refunded": "Order #{order} was refunded, so it cannot be paid again: nothing was charged.",
    "order_expired": "Order #{order} was not paid in time and is being cancelled: nothing was charged.",
    "currency_not_payable_online": (
        "{currency} cannot be paid online here: pay the organiser directly; they confirm with /paid."
    ),
    "amount_below_minimum": (
        "{total} is below the smallest online payment ({minimum}): nothing was charged. "
        "Pay the organiser directly; they confirm with /paid."
    ),
    "amount_above_maximum": (
        "{total} is above the largest online payment ({maximum}): nothing was charged. "
        "Pay the organiser directly; they confirm with /paid."
    ),
    "pay_offline": (
        "Order #{order} is paid to the organiser {organiser} directly (cash or transfer); "
        "they confirm with /paid {order}."
    ),
    "no_unpaid_order": "You have no order waiting for payment. Your orders: /orders",
    "pay_usage": "Write it like: /pay 12 (the order number), or /pay for your newest unpaid order",
    "refund_usage": "Write it like: /refund 12 (the order number)",
    "order_already_refunded": "Order #{order} is already refunded: nothing was changed.",
    "refund_picked_up": (
        "Order #{order} was already picked up, so it cannot be refunded here: nothing was changed."
    ),
    "refund_not_paid": "Order #{order} is not paid, so there is nothing to refund: nothing was changed.",
    "stars_refund_unavailable": (
        "Stars can only be refunded where they were paid (Telegram): nothing was changed."
    ),
    "stars_refund_failed": (
        "Telegram did not refund the Stars of order #{order}: nothing was changed. Please try again later."
    ),
    "share_link_invalid": "This link is not valid (maybe it was cut short). Ask for a new one, or send /help",
    "share_group_buy_gone": "The group buy of this link (#{id}) no longer exists.",
    "closed_succeeded_online": (
        "✅ {title} (#{id}) succeeded at {price} each (orders: {orders}, units: {units}). "
        "Each buyer got their order with a Pay button in a private message."
    ),
    "order_private_online": (
        "Your order #{order} in {title} (#{id}):\n{lines}\nTotal: {total}\n"
        "Tap Pay to pay here by {deadline}; an order unpaid by then is cancelled."
    ),
    "currency_usage": (
        "Write the currency as a code: currency XTR (Telegram Stars), currency USD or currency CNY"
    ),
    "btn_pay": "💳 Pay {total}",
    "btn_pay_card": "💳 Pay",
    "invoice_description": "Order #{order}: {quantity} × {title} at {price} each, organised by {organiser}.",
    "invoice_label": "{quantity} × {title}",
    "invoice_sent_privately": "{name}, I've sent you the payment request in a private message.",
    "toast_invoice_sent": "Payment request sent",
    "invoice_text": "🧾 Invoice for order #{order}: {title}: {total} [Pay]",
    "payment_receipt": "✅ Payment received: {total} for order #{order} ({title}). Thank you!",
    "payment_refunded_automatically": (
        "Your payment of {total} arrived after order #{order} could no longer be paid, "
        "so your Stars were refunded."
    ),
    "payment_not_applied": (
        "Your payment of {total} could not be applied to order #{order}. Ask the organiser for a refund "
        "and show them this reference: {charge}"
    ),
    "payment_unmatched": (
        "Your payment of {total} could not be matched to an order. Ask the organiser for a refund "
        "and show them this reference: {charge}"
    ),
    "payment_unmatched_refunded": (
        "Your payment of {total} could not be matched to an order, so your Stars were refunded."
    ),
    "refund_done_stars": "Order #{order} of {name} is refunded: {total} went back to their Stars.",
    "refund_done_provider": (
        "Order #{order} of {name} is marked refunded ({total}). Complete the refund with your payment "
        "provider (charge {charge})."
    ),
    "refund_done_offline": (
        "Order #{order} of {name} is marked refunded ({total}). Give the money back to them directly."
    ),
    "refund_buyer_stars": "Order #{order} ({title}) was refunded: {total} is back in your Stars balance.",
    "refund_buyer_provider": (
        "Order #{order} ({title}) was refunded: {organiser} sends {total} back through the payment provider."
    ),
    "refund_buyer_offline": "Order #{order} ({title}) was refunded: {organiser} gives {total} back to you.",
    "order_lapsed": "Order #{order} ({title}, {total}) was cancelled: it was not paid in time.",
    "order_lapsed_organiser": "Order #{order} of {name} ({title}, {total}) was cancelled: not paid in time.",
    "order_reminder": (
        "⏰ Order #{order} ({title}) is still unpaid: {total}. Pay by {deadline}, or it will be cancelled."
    ),
    "card_paid_count": "💰 {paid}/{total} paid",
    "card_line_dropped": " ✖",
    "welcome": (
        "Hi! I'm Tuan: I run group buys in group chats.\n"
        "Add me to a group and start one: /groupbuy Mangoes price 88 target 10 ends 8pm\n"
        "Here you can pay your orders (/pay) and see them (/orders). /help lists everything."
    ),
    "welcome_unpaid": "Waiting for your payment: {orders}",
    # -- Telegram adapter (bot/telegram) ---------------------------------------------------------------
    "btn_share": "Share",
    "tg_share_link": (
        "Your own link to group buy #{id}: friends who open it see the card and can join.\n{link}"
    ),
    "tg_share_sent": "I sent you your link in our private chat.",
    "tg_start_me_alert": "I can't write to you yet: open @{bot}, tap Start, then tap Share again.",
    "tg_start_me_group": (
        "{name}, I can't write to you in private yet: open @{bot} and tap Start, so I can send you your "
        "order and links."
    ),
}

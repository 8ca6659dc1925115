"""中文文案：key -> `str.format` 模板。与 en.py 的 key 和占位符一一对应（有测试检查）。"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # -- commerce/ 拒绝的理由（DomainError 的 code）----------------------------------------------------------
    "currency_unknown": "暂不支持 {currency} 币种，请联系管理员设置为 CNY、USD 或 EUR。",
    "price_invalid": "“{value}”不是有效的价格。请这样写：价格 88、价格 88.5 或 价格 ¥88",
    "price_too_precise": "“{value}”的小数位太多（最多 {digits} 位）。例如：价格 88.50",
    "price_not_positive": "价格必须大于 0（你写的是“{value}”）。例如：价格 88",
    "price_too_large": "“{value}”作为价格太大了。例如：价格 88",
    "title_missing": "请先写商品名，再写价格。例如：接龙 海南贵妃芒 5斤 价格 88 成团 10 截止 今晚8点",
    "title_too_long": "商品名太长了（最多 {max} 个字）。例如：接龙 海南贵妃芒 5斤 价格 88",
    "tier_quantity_invalid": (
        "阶梯从 {quantity} 份开始不对：每一档都要大于 1，并且比上一档多。例如：阶梯 10:78,20:68"
    ),
    "tier_price_not_lower": (
        "满 {quantity} 份的价格（{price}）必须低于上一档（{previous}）。例如：价格 88 阶梯 10:78,20:68"
    ),
    "target_invalid": "成团数量必须是 1 到 9999 的整数（你写的是 {value}）。例如：成团 10",
    "stock_invalid": "库存必须是至少为 1 的整数（你写的是 {value}）。例如：库存 50",
    "stock_below_target": "库存（{stock}）少于成团数量（{target}），永远无法成团。例如：成团 10 库存 50",
    "limit_invalid": "每人限购必须是 1 到 9999 的整数（你写的是 {value}）。例如：限购 3",
    "deadline_in_past": "这个截止时间已经过去了。例如：截止 2小时、截止 明天9点、截止 周五 18:00",
    "deadline_too_far": "截止时间太远了（最多 {days} 天）。例如：截止 3天",
    "group_buy_closed": "团购 #{id}（{title}）已经结束，没有任何改动。可以用“接龙”开一个新团。",
    "quantity_invalid": "{value} 不是有效的数量（1 到 9999）。例如：+2",
    "limit_exceeded": "抱歉，{title} 每人限购 {limit} 份，你已经有 {have} 份了，没有任何改动。",
    "sold_out": "抱歉，{title} 已经卖完了。",
    "not_enough_stock": "{title} 只剩 {left} 份了，没有任何改动。例如：+{left}",
    "not_joined": "你还没有跟 {title} 这个团。跟团请发 +1",
    "not_organiser": "只有团长（{organiser}）可以这样做，没有任何改动。",
    "target_not_reached": "还不能截单：目前 {sold}/{target} 份。请等到截止时间，或发“取消”取消这个团。",
    "order_already_paid": "订单 #{order} 已经标记为已付款，没有任何改动。",
    "order_not_payable": "订单 #{order} 现在不能付款（状态：{status}），没有任何改动。",
    "payment_amount_mismatch": "订单 #{order} 的付款金额与应付总额不符，没有任何改动。",
    "no_open_group_buy": "这个群里现在没有进行中的团购。开团请发：接龙 海南贵妃芒 价格 88",
    "group_buy_not_found": "这个群里没有团购 #{id}。例如：发“进度”查看进行中的团",
    "busy_try_again": "现在跟团的人很多，没有任何改动，请再试一次。",
    "order_not_found": "没有订单 #{order}。例如：已收款 12（订单消息里的编号）",
    "group_buy_succeed_not_allowed": "这个团现在不能成团（状态：{status}），没有任何改动。",
    "group_buy_fail_not_allowed": "这个团现在不能标记为未成团（状态：{status}），没有任何改动。",
    "group_buy_cancel_not_allowed": "这个团现在不能取消（状态：{status}），没有任何改动。",
    "group_buy_fulfil_not_allowed": "这个团现在不能标记为已发货（状态：{status}），没有任何改动。",
    "order_pay_not_allowed": "这个订单现在不能付款（状态：{status}），没有任何改动。",
    "order_cancel_not_allowed": "这个订单现在不能取消（状态：{status}），没有任何改动。",
    "order_fulfil_not_allowed": "这个订单现在不能标记为已提货（状态：{status}），没有任何改动。",
    "order_refund_not_allowed": "这个订单现在不能退款（状态：{status}），没有任何改动。",
    # -- 聊天层的拒绝 ----------------------------------------------------------------------------------------
    "unknown_command": "我不认识 /{command} 这个命令。发“帮助”看看我能做什么。",
    "help_hint": "我没看懂。发“帮助”看看我能做什么，或发“我的订单”查看你的订单。",
    "unexpected_error": "抱歉，我这边出了点问题，没有任何改动，请再试一次。",
    "button_stale": "这个按钮已经失效了。",
    "price_missing": "请写上价格。例如：接龙 海南贵妃芒 5斤 价格 88 成团 10 截止 今晚8点",
    "number_invalid": "“{keyword}”后面的“{value}”不是整数。例如：{keyword} 10",
    "tiers_invalid": "看不懂阶梯价“{value}”。请写成 数量:价格，例如：阶梯 10:78,20:68",
    "ends_invalid": (
        "看不懂截止时间“{value}”。例如：截止 2小时、截止 今晚8点、截止 明天中午12点、截止 周五 18:00、截止 "
        "2026-12-01 20:00"
    ),
    "join_usage": "请这样写：+1、+2、我要两份、跟团 #12 2，或 +1 帮 小王",
    "leave_usage": "请这样写：-1（少一份）、退出（整条取消）或 退出 #12",
    "id_usage": "请这样写：{command} 或 {command} #12",
    "paid_usage": "请这样写：已收款 12（订单编号）或 已收 @名字",
    "pickup_usage": "请写上自提地点和时间。例如：自提 小区南门 明天下午5点",
    "pickup_too_long": "自提信息太长了（最多 {max} 个字）。例如：自提 小区南门 明天下午5点",
    "lang_usage": "发“语言 中文”用中文，发“语言 英文”用英文。",
    "member_no_order": "这位成员在本群没有订单，没有任何改动。例如：已收款 12",
    "member_all_paid": "{name} 在本群没有待付款的订单，没有任何改动。",
    "member_none_to_pick_up": "{name} 在本群没有已付款待提货的订单，没有任何改动。",
    "picked_up_usage": "请这样写：已取货 12（订单编号）或 已取 @名字",
    "picked_up_confirmed": "订单 #{order}（{name}，{total}）已提货。",
    "picked_up_buyer_note": "{organiser} 已确认你的订单 #{order}（{title}）已提货，祝你吃得开心！",
    "order_already_picked_up": "订单 #{order} 已经提过货了，没有任何改动。",
    "order_not_paid_yet": "订单 #{order} 还没付款：请先发“已收款 {order}”确认收款，再发“已取货 {order}”。",
    "order_not_pickable": "订单 #{order} 不能提货（状态：{status}），没有任何改动。",
    "cmd_status": "进度",
    "cmd_close": "截单",
    "cmd_cancel": "取消",
    # -- 回复 ----------------------------------------------------------------------------------------------
    "opened": "团购 #{id} 开团了：{title}，{price}/份。发 +1 或点“跟团”参加，截止 {deadline}。",
    "joined": "{name} 跟团：{quantity} × {title}（#{id}）。",
    "joined_for": "{name} 跟团：{quantity} × {title}（#{id}），帮 {friends}。",
    "price_now": "当前 {price}/份。",
    "price_next": "当前 {price}/份，再 {left} 份 {next_price}。",
    "target_reached": "🎉 已成团！",
    "left": "{name} 退出了 {title}（#{id}）。",
    "lowered": "{name} 现在是 {quantity} × {title}（#{id}）。",
    "toast_joined": "跟团成功：{quantity} × {title}",
    "toast_already_in": "你已经在团里了：{quantity} × {title}。要再加一份，发 +1。",
    "toast_left": "已退出 {title}",
    "toast_lowered": "现在是 {quantity} × {title}",
    "toast_status": "已更新",
    "lang_set": "好的，本群以后我说中文。",
    "help": (
        "团购助手帮你在群里接龙团购。\n"
        "开团：接龙 海南贵妃芒 5斤 价格 88 阶梯 10:78,20:68 成团 10 库存 50 限购 3 "
        "截止 今晚8点 自提 小区门口\n"
        "跟团：+1、+2、我要两份、+1 帮 小王 · 少一份：-1 · 退出：退出\n"
        "查看接龙：进度 · 团长：截单、取消、已收款 12 或 已收 @名字、已取货 12、自提 小区南门 明天下午5点、"
        "收款方式 微信转账给我\n"
        "我的订单：我的订单 · 付款：付款 12 · 团长退款：退款 12 · 语言：语言 中文 | 语言 英文\n"
        "截止时间：2小时、3天、今晚8点、明天中午12点、周五 18:00、2026-12-01 20:00"
    ),
    # -- 接龙卡片 -------------------------------------------------------------------------------------------
    "card_title": "🛒 {title}（#{id}）",
    "card_organiser": "团长：{name}",
    "card_price": "单价：{price}/份",
    "card_next_tier": "再 {left} 份 {price}",
    "card_tiers": "阶梯价：{tiers}",
    "card_tier": "满{quantity}份 {price}",
    "card_target_reached": "✅ 已成团",
    "card_stock_left": "剩余库存：{left}",
    "card_sold_out": "已售罄",
    "card_limit": "每人限购 {limit} 份",
    "card_deadline": "截止：{deadline}",
    "card_deadline_passed": "⏰ 已到截止时间，正在结团…",
    "card_pickup": "自提：{pickup}",
    "pickup_at": "{place} · {time}",
    "pickup_set": "好的，{title}（#{id}）的自提：{pickup}",
    "order_pickup": "自提：{pickup}",
    "order_payment_note": "付款方式：{note}",
    "payment_note_set": "好的，{title}（#{id}）的付款方式：{note}。每位买家的订单里都会写上。",
    "payment_note_usage": "请写上怎么付款。例如：收款方式 微信转账给 Amy，或自提时付现金",
    "stars_price_too_high": (
        "一笔 Telegram 星星付款最多 {max}⭐，所以星星单价最多 {max}⭐。例如：接龙 徽章 价格 500⭐"
    ),
    "payment_note_too_long": "付款方式写得太长了：最多 {max} 个字。",
    "card_succeeded": "✅ 已成团，成交价 {price}/份，共 {sold} 份",
    "card_failed": "❌ 未成团（{sold}/{target}），不收款",
    "card_cancelled": "🚫 已取消，不收款",
    "card_fulfilled": "📦 已发货，成交价 {price}/份",
    "card_line": "{n}. {name} ×{quantity}",
    "card_line_for": "（帮 {friends}）",
    "card_line_paid": " ✅",
    "card_more": "…… 还有 {count} 位",
    "card_empty": "还没有人跟团，发 +1 抢第一个",
    "card_gone": "团购 #{id} 已不存在。",
    "btn_join": "跟团",
    "btn_more": "再来一份",
    "btn_leave": "退出",
    "btn_status": "查看进度",
    "weekdays": "周一 周二 周三 周四 周五 周六 周日",
    "months": "1 2 3 4 5 6 7 8 9 10 11 12",
    "date": "{month}月{day}日 {weekday} {time}",
    "sentence_gap": "",
    "list_separator": "、",
    # -- 结团 -----------------------------------------------------------------------------------------------
    "closed_succeeded": (
        "✅ {title}（#{id}）成团了：{price}/份，共 {orders} 个订单、{units} 份。"
        "请线下付款给团长 {organiser}，团长收款后发“已收款 订单号”确认。每位买家的订单已私信发送。"
    ),
    "closed_failed": "❌ {title}（#{id}）未达到成团数量（{sold}/{target}），不收任何款项。",
    "closed_cancelled": "🚫 {title}（#{id}）已取消，不收任何款项。",
    "order_private": (
        "你在 {title}（#{id}）的订单 #{order}：\n{lines}\n合计：{total}\n"
        "请付款给团长 {organiser}（现金或转账），团长会发“已收款 {order}”确认。"
    ),
    "order_line": "{description}：{quantity} × {price} = {total}",
    # -- 订单 -----------------------------------------------------------------------------------------------
    "orders_none": "你还没有订单。",
    "orders_header": "你的订单：",
    "orders_item": "#{order} {title}：{quantity} × {price} = {total} · {status}",
    "orders_sent_privately": "{name}，你的订单已私信发给你。",
    "status_pending_payment": "待付款",
    "status_paid": "已付款",
    "status_fulfilled": "已提货",
    "status_cancelled": "已取消",
    "status_refunded": "已退款",
    "paid_confirmed": "订单 #{order}（{name}，{total}）已标记为已付款。",
    "paid_buyer_note": "{organiser} 已确认收到你订单 #{order}（{title}）的付款 {total}，谢谢！",
    # -- checkout (handlers/payments.py, handlers/sharing.py) ---------------------------------------------
    "payment_reference_invalid": (
        "这个付款请求不是本机器人发出的（或被改动过），没有扣款。请重新点订单上的“付款”，或发 /pay"
    ),
    "order_not_yours": "订单 #{order} 不是你的，没有扣款。查看你的订单：我的订单",
    "order_cancelled": "订单 #{order} 已取消，不能付款，没有扣款。",
    "order_refunded": "订单 #{order} 已退款，不能再付款，没有扣款。",
    "order_expired": "订单 #{order} 已过付款时限，正在取消，没有扣款。",
    "currency_not_payable_online": "{currency} 不能在线付款，请直接付给团长，团长用“已收款”确认。",
    "amount_below_minimum": (
        "{total} 低于在线付款的最低金额（{minimum}），没有扣款。请直接付给团长，团长用“已收款”确认。"
    ),
    "amount_above_maximum": (
        "{total} 超过在线付款的最高金额（{maximum}），没有扣款。请直接付给团长，团长用“已收款”确认。"
    ),
    "pay_offline": "订单 #{order} 请直接付给团长 {organiser}（现金或转账），团长用“已收款 {order}”确认。",
    "no_unpaid_order": "你没有待付款的订单。查看你的订单：我的订单",
    "pay_usage": "请这样写：付款 12（订单编号），或只写“付款”付最新一笔待付订单",
    "refund_usage": "请这样写：退款 12（订单编号）",
    "order_already_refunded": "订单 #{order} 已经退过款了，没有任何改动。",
    "refund_picked_up": "订单 #{order} 已经取货，这里不能再退款，没有任何改动。",
    "refund_not_paid": "订单 #{order} 还没付款，无需退款，没有任何改动。",
    "stars_refund_unavailable": "星星（Stars）只能在付款的地方（Telegram）退回，没有任何改动。",
    "stars_refund_failed": "Telegram 没有退回订单 #{order} 的星星，没有任何改动，请稍后再试。",
    "share_link_invalid": "这个链接无效（可能被截断了），请重新要一个链接，或发“帮助”。",
    "share_group_buy_gone": "这个链接对应的团购（#{id}）已不存在。",
    "closed_succeeded_online": (
        "✅ {title}（#{id}）成团了：成交价 {price}/份，共 {orders} 单 {units} 份。"
        "每位团员都私信收到了自己的订单和“付款”按钮。"
    ),
    "order_private_online": (
        "你在 {title}（#{id}）的订单 #{order}：\n{lines}\n合计：{total}\n"
        "请在 {deadline} 前点“付款”在这里付款，逾期未付的订单会被取消。"
    ),
    "currency_usage": "请用代码写币种：币种 XTR（Telegram 星星）、币种 USD 或 币种 CNY",
    "btn_pay": "💳 付款 {total}",
    "btn_pay_card": "💳 付款",
    "invoice_description": "订单 #{order}：{title} {quantity} 份，每份 {price}，团长 {organiser}。",
    "invoice_label": "{title} × {quantity}",
    "invoice_sent_privately": "{name}，付款请求已私信发给你。",
    "toast_invoice_sent": "付款请求已发送",
    "invoice_text": "🧾 订单 #{order} 的账单：{title}：{total} [付款]",
    "payment_receipt": "✅ 已收到付款：订单 #{order}（{title}）{total}，谢谢！",
    "payment_refunded_automatically": "你付的 {total} 到账时订单 #{order} 已不能付款，星星已自动退回。",
    "payment_not_applied": "你付的 {total} 无法计入订单 #{order}。请找团长退款，并给团长看这个编号：{charge}",
    "payment_unmatched": "你付的 {total} 找不到对应的订单。请找团长退款，并给团长看这个编号：{charge}",
    "payment_unmatched_refunded": "你付的 {total} 找不到对应的订单，星星已自动退回。",
    "refund_done_stars": "订单 #{order}（{name}）已退款：{total} 已退回对方的星星余额。",
    "refund_done_provider": (
        "订单 #{order}（{name}，{total}）已标记为退款。请到支付服务商完成退款（交易号 {charge}）。"
    ),
    "refund_done_offline": "订单 #{order}（{name}，{total}）已标记为退款。请直接把钱退给对方。",
    "refund_buyer_stars": "订单 #{order}（{title}）已退款：{total} 已退回你的星星余额。",
    "refund_buyer_provider": "订单 #{order}（{title}）已退款：{organiser} 会通过支付服务商退回 {total}。",
    "refund_buyer_offline": "订单 #{order}（{title}）已退款：{organiser} 会直接退给你 {total}。",
    "order_lapsed": "订单 #{order}（{title}，{total}）已取消：没有按时付款。",
    "order_lapsed_organiser": "{name} 的订单 #{order}（{title}，{total}）已取消：没有按时付款。",
    "order_reminder": (
        "⏰ 订单 #{order}（{title}）还没付款：{total}。请在 {deadline} 前付款，否则订单会被取消。"
    ),
    "card_paid_count": "💰 已付 {paid}/{total}",
    "card_line_dropped": " ✖",
    "welcome": (
        "你好！我是团购助手，帮你在群里接龙团购。\n"
        "把我拉进群就能开团：接龙 海南贵妃芒 价格 88 成团 10 截止 今晚8点\n"
        "在这里可以付款（付款）和查看订单（我的订单）。发“帮助”看全部用法。"
    ),
    "welcome_unpaid": "等你付款：{orders}",
    # -- Telegram adapter (bot/telegram) ---------------------------------------------------------------
    "btn_share": "分享",
    "tg_share_link": "你的团购 #{id} 专属链接，朋友点开就能看到并跟团：\n{link}",
    "tg_share_sent": "专属链接已私聊发给你。",
    "tg_start_me_alert": "我还不能私聊你：请先打开 @{bot} 点“开始”，再点一次分享。",
    "tg_start_me_group": "{name}，我还不能私聊你：请打开 @{bot} 点“开始”，之后订单和链接会私聊发给你。",
}

"""Command words -> handlers: English and Chinese words side by side in one table.

English words work after a slash (`/join`); Chinese words work with or without one (`/跟团`, `跟团`).
Forms without a command word (`+1`, `我要两份`, `-1`) are recognised by `parsing.commands` directly.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from handlers import (
    ask,
    collecting,
    console_link,
    digest,
    earnings,
    edits,
    exporting,
    follows,
    foryou,
    group_buys,
    helpselling,
    lines,
    listing,
    mine,
    moderation,
    note_reactions,
    note_search,
    note_shares,
    notes,
    option_question,
    option_switch,
    order_cancel,
    orders,
    org_said,
    org_words,
    organiser_words,
    payments,
    payouts,
    pickup_codes,
    rank,
    referrals,
    refund_undo,
    settings,
    sharing,
    uncollected,
    unpaid_release,
    unpaying,
    unpicking,
    waiting,
    which_question,
)
from handlers.context import Context
from handlers.parsing.commands import Vocabulary
from handlers.types import Reply

Handler = Callable[[Context], Awaitable[list[Reply]]]


@dataclass(frozen=True)
class Entry:
    name: str
    handler: Handler
    en: tuple[str, ...]
    zh: tuple[str, ...]


COMMANDS: tuple[Entry, ...] = (
    Entry(
        "open", option_question.open_or_own_line, ("groupbuy", "gb", "open", "new"), ("开团", "接龙", "团购")
    ),
    Entry("join", option_question.join, ("join",), ("跟团", "参团")),  # private: the card opened there
    Entry("leave", referrals.leave, ("leave",), ("退出", "退团", "不要了")),
    Entry("wait", waiting.wait, ("waitlist", "wait"), ("候补", "排队候补")),
    Entry("unwait", waiting.unwait, ("unwait", "nowait"), ("取消候补", "退出候补", "不候补了")),
    Entry("status", group_buys.status, ("status", "card"), ("查看进度", "进度")),
    Entry("list", listing.show_list, ("list",), ("名单", "查看名单", "全部名单")),
    Entry("export", exporting.export, ("export",), ("导出", "导出名单")),
    Entry("mine", mine.mine, ("mine", "mygroupbuys"), ("我的团", "我的团购")),
    Entry("close", group_buys.close, ("close",), ("截单", "截团")),
    Entry("cancel", group_buys.cancel, ("cancel",), ("取消团购", "取消")),
    # `/cancel 12-3`, `/cancel @Eve` (read by parsing.commands from `cancel`'s words): an unpaid order
    # dropped; `/cancelorder 12-3` as `取消订单 12-3` (its English word, not `/cancel` with "order" glued on)
    Entry("cancel_order", order_cancel.cancel_order, ("cancelorder", "cancel_order"), ("取消订单",)),
    # `取消未付款 #2` (`取消所有未付款`): every unpaid order of a closed group buy, asked first, then `确认`
    Entry(
        "cancel_unpaid",
        unpaid_release.cancel_unpaid,
        ("cancelunpaid", "cancel_unpaid"),
        ("取消未付款", "取消所有未付款", "取消全部未付款"),
    ),
    # 恢复订单 1-10: an order cancelled unpaid brought back (its buyer had paid after all)
    Entry("restore_order", order_cancel.restore_order, ("restore", "restoreorder"), ("恢复订单", "撤销取消")),
    Entry("orders", orders.my_orders, ("orders", "myorders"), ("我的订单", "订单")),
    Entry("paid", orders.paid, ("paid",), ("已收款", "已收")),
    # 已付款: the buyer's report; with @name, or by the organiser with an order number, their 已收
    Entry(
        "ipaid",
        collecting.report_paid,
        ("ipaid", "reportpaid"),
        ("我已付款", "已付款", "已付", "我付了", "付了", "我已转账", "已转账"),
    ),
    Entry("notpaid", collecting.not_paid, ("notpaid",), ("未收到", "没收到", "未收款")),
    # 撤销已收: a confirmed payment taken back (a mistaken 已收); `未收 12-3` only with its order or @name
    Entry("unpaid", unpaying.unpaid, ("unpaid", "undopaid"), ("撤销已收", "撤销收款", "未收")),
    # 撤销退款 1-2: a refund is never undone by the bot; said so with what to do instead
    Entry("unrefund", refund_undo.unrefund, ("unrefund", "undorefund"), ("撤销退款", "退款撤销")),
    # `who paid?`, `谁还没付款`, `remind unpaid`, `export` in words: the organiser's list, 催款, 导出
    Entry("organiser_asked", organiser_words.asked, (), ()),
    Entry("confirm", collecting.confirm, (), ()),  # the report's Received button (`od:confirm:7`) only
    Entry("short", collecting.short_paid, (), ()),  # its Only ¥80 received (`od:short:7:zh:8000`) only
    Entry("short_typed", orders.short_typed, (), ()),  # `只收到 1-2 100`, `/paid 1-2 ¥100 only`
    Entry("answered", collecting.answered, (), ()),  # a WeChat number of a question answered already
    Entry("remind", collecting.remind, ("remind", "chase"), ("催款", "提醒付款", "催付款", "催付")),
    Entry("picked_up", orders.picked_up, ("pickedup", "collected"), ("已取货", "已提货", "已取")),
    # 撤销已取: a mistaken 已取 / 核销 undone (the organiser, or the helper who marked it)
    Entry(
        "unpicked_up",
        unpicking.unpicked_up,
        ("unpickup",),
        ("撤销已取货", "撤销已提货", "撤销已取", "撤销提货", "撤销取货"),
    ),
    # 谁还没取货: the organiser's paid orders not picked up, with pickup place and time (never the codes)
    Entry("uncollected", uncollected.uncollected, ("uncollected",), ("谁还没取货", "谁没取货", "未取货")),
    Entry("pickup", group_buys.set_pickup, ("pickup",), ("自提点", "自提")),
    Entry(  # `收款 …` (no 方式): only from one running a group buy here (handlers.group_buys)
        "payment_note", group_buys.set_payment_note, ("payment", "howtopay"), ("收款方式", "付款方式", "收款")
    ),
    Entry("edit", edits.edit, ("edit",), ("修改", "修改团购")),
    Entry("copy", edits.copy, ("copy", "reopen"), ("再开一团", "复制")),
    # a 团长's everyday words (handlers.parsing.org_words): `芒果改价 80`, `鸡蛋加库存 10`, `草莓再来一团`
    Entry("price_said", org_words.price_said, (), ()),
    Entry("term_said", org_words.term_said, (), ()),  # `改库存 10`, `改截止 明天晚上8点`
    Entry("stock_added", org_words.stock_added, (), ()),
    Entry("copy_named", org_words.copy_named, (), ()),
    Entry("arrived", org_words.arrived, (), ()),
    # `撤销 已收 @X`, `收到了 3-1`, `结单`: hers as the command; `撤销` / `close` alone: which she means
    Entry("org_said", org_said.said_as, (), ()),
    Entry("org_undo_alone", org_said.undo_alone, (), ()),
    Entry("org_close_alone", org_said.close_alone, (), ()),
    Entry("pickup_said", org_words.pickup_said, (), ()),
    Entry("remove", lines.remove, ("remove", "kick"), ("踢出",)),
    Entry("add", lines.add, ("add",), ("代报",)),
    Entry("help", settings.show_help, ("help",), ("帮助",)),
    Entry("lang", settings.set_language, ("lang", "language"), ("语言",)),
    Entry("pay", payments.pay, ("pay",), ("付款", "支付")),
    Entry("refund", payments.refund, ("refund",), ("退款", "我要退款", "我想退款", "申请退款")),
    Entry(
        "pickup_code",
        pickup_codes.verify_code,
        ("pickupcode", "pickup_code", "redeem", "verify"),  # `/redeem 9441`: as `/pickup 9441`
        ("核销", "核销码"),
    ),
    Entry("helper", pickup_codes.add_helper, ("helper", "helpers"), ("设置帮手", "添加帮手", "核销帮手")),
    Entry("helper_remove", pickup_codes.remove_helper, ("removehelper",), ("取消帮手", "删除帮手")),
    Entry("start", sharing.start, ("start",), ()),
    # `我的佣金`, `收益`, `我的分享` (what my shares earned; `我的分享码` is `分享`); a bare `佣金` from
    # someone running no group buy here too (handlers.referrals)
    Entry("earnings", earnings.show_earnings, ("earnings",), ("我的收益", "我的佣金", "我的分享", "收益")),
    Entry("rank", rank.show_rank, ("rank", "leaderboard"), ("排行", "排行榜")),
    Entry("payout", payouts.request_payout, ("payout", "withdraw"), ("提现",)),
    Entry("payout_asked", earnings.withdraw_asked, (), ()),  # `how do I withdraw?` in private (handlers.ask)
    Entry("payouts", payouts.payouts, ("payouts",), ("提现审核",)),
    Entry("payout_meant", payouts.meant, (), ()),  # `体现`, `提现审合` in private (review 76 #7)
    Entry("share", referrals.share, ("share",), ("分享", "分享链接", "我的分享码")),
    Entry("commission", referrals.commission, ("commission",), ("佣金", "分享佣金")),
    Entry("share_help", referrals.share_help, ("sharehelp",), ("分享帮助",)),
    Entry("share_how", referrals.share_how, (), ()),  # `how do I share this and earn?` (handlers.ask)
    Entry("helpsell", helpselling.helpsell, ("helpsell",), ("帮卖",)),
    Entry("ask", ask.ask, ("ask",), ("问", "请问")),
    Entry("ask_forward", ask.forward, (), ()),  # 转给团长 (`aq:5`) only
    Entry("answer", ask.answer, ("answer",), ("答", "回答")),
    Entry("note", notes.post_note, ("note",), ("种草", "笔记")),
    Entry("like", notes.like, ("like",), ("赞", "点赞")),
    Entry("unlike", notes.unlike, ("unlike",), ("取消赞", "取消点赞")),
    Entry("comment", notes.comment, ("comment",), ("评论",)),
    Entry(
        "delete_note",
        notes.delete_note,
        ("deletenote", "delnote"),
        ("删除笔记", "撤回笔记", "删笔记", "删除 笔记", "撤回 笔记"),
    ),
    Entry("link_note", notes.link_asked, ("linknote",), ()),  # also `link my note to …`, `把笔记1挂到…团`
    Entry("edit_note", notes.edit_note, ("editnote",), ("修改笔记", "编辑笔记")),
    Entry("like_tap", notes.tap_like, (), ()),  # a note card's 👍 (`nt:like:3`) only
    Entry("note_join", notes.tap_join, (), ()),  # a note card's Join (`nt:join:3`) only
    Entry("notes_help", notes.notes_help, ("noteshelp",), ("笔记帮助", "种草帮助")),
    Entry("flags", moderation.flags, ("flags",), ("待审笔记", "可疑笔记", "举报队列")),
    Entry("hide", moderation.hide, ("hide",), ("隐藏笔记", "隐藏")),
    Entry("unhide", moderation.unhide, ("unhide",), ("取消隐藏", "恢复笔记")),
    Entry("mute", moderation.mute, ("mute",), ("禁止发笔记", "禁言")),
    Entry("unmute", moderation.unmute, ("unmute",), ("解除禁言", "允许发笔记")),
    Entry("report", moderation.report, ("report",), ("举报", "举报笔记")),
    Entry("search", note_search.search, ("search", "find"), ("搜索", "搜笔记", "搜")),
    Entry("digest", digest.digest, ("digest",), ("摘要", "笔记摘要")),
    Entry("top", digest.top, ("top",), ("精选", "本周精选", "热门笔记")),
    Entry("note_share", note_shares.share_note, ("sharenote",), ("分享笔记",)),
    Entry("note_react", note_reactions.react, (), ()),  # a Telegram reaction on a note card (`nt:react:3`)
    Entry("note_unreact", note_reactions.unreact, (), ()),  # the reaction taken off (`nt:unreact:3`)
    Entry("follow", follows.follow, ("follow",), ("关注",)),
    Entry("unfollow", follows.unfollow, ("unfollow",), ("取消关注",)),
    Entry("following", follows.show_following, ("following",), ("我的关注", "关注列表")),
    Entry("foryou", foryou.foryou, ("foryou", "for_you"), ("猜你喜欢", "为你推荐", "推荐")),
    Entry("console", console_link.console_link, ("console",), ("后台",)),
)
# Not typed as words: what the parser produces for text it could not take as a command.
SPECIAL: dict[str, Handler] = {
    "unknown": settings.unknown_command,
    "invalid": settings.invalid,
    "hint": option_question.answer,  # an option's name answers the bot's option question; else help_hint
    "stale": settings.stale_button,
    "share_code": referrals.open_code,  # `团12-K7QM` typed alone
    "share_join": referrals.join_with_code,  # `+1 团12-K7QM`
    "which_answer": which_question.answer,  # `#2` / `2` just after "which group buy?" (app: typed_answer)
    "switch_option": option_switch.switch,  # `change to small`, `换成小杯`: the two messages that do it
    "which_pick": which_question.pick,  # that question's button (`wj:2`; WeChat: its number)
}

HANDLERS: dict[str, Handler] = {entry.name: entry.handler for entry in COMMANDS} | SPECIAL
VOCABULARY = Vocabulary(
    slash={
        **{word: (entry.name, "en") for entry in COMMANDS for word in entry.en},
        **{word: (entry.name, "zh") for entry in COMMANDS for word in entry.zh},
    },
    bare=sorted(
        ((word, entry.name) for entry in COMMANDS for word in entry.zh),
        key=lambda pair: len(pair[0]),
        reverse=True,
    ),
)

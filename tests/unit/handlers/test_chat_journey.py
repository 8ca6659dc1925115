"""A whole group buy through the ChatApp, as the chat sees it: open, joins, refusals, close, orders, 已收."""

from __future__ import annotations

from datetime import timedelta

from commerce.domain.events import Event, GroupBuyOpened, OrderCreated, Succeeded
from handlers.app import ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

OPEN_EN = (
    "/groupbuy Mangoes 5kg price 88 tiers 3:78,5:68 target 4 stock 6 limit 2 ends today 20:00 pickup Gate 3"
)


async def test_a_whole_group_buy_in_english(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    opened = await chat.say("amy", OPEN_EN)
    assert chat.said(opened) == (
        "Group buy #1 is open: Mangoes 5kg at ¥88 each. Join with +1 or the Join button; "
        "it closes Mon 23 Nov 20:00."
    )
    assert chat.cards(opened) == [(1, True)]

    bob = await chat.say("bob", "+1")
    assert chat.said(bob) == "Bob is in: 1 × Mangoes 5kg (#1). Now ¥88 each — 2 more for ¥78."
    assert chat.cards(bob) == [(1, False)]
    assert chat.said(await chat.say("cat", "+1")) == (
        "Cat is in: 1 × Mangoes 5kg (#1). Now ¥88 each — 1 more for ¥78."
    )
    assert chat.said(await chat.say("dan", "+1")) == (
        "Dan is in: 1 × Mangoes 5kg (#1). Now ¥78 each — 2 more for ¥68."
    )
    assert chat.said(await chat.say("bob", "+1")) == (
        "Bob is in: 1 more, now 2 × Mangoes 5kg in all (#1). Now ¥78 each — 1 more for ¥68. "
        "🎉 Target reached: the group buy is on!"
    )

    over_limit = await chat.say("bob", "+1")
    assert chat.said(over_limit) == (
        "Sorry, Mangoes 5kg is limited to 2 per person and you already have 2: that is the most you may take."
        " Nothing was changed."
    )
    assert chat.cards(over_limit) == []
    assert (
        chat.said(await chat.say("eve", "+2"))
        == "Eve is in: 2 × Mangoes 5kg (#1). Now ¥68 each. 🈵 Sold out!"
    )
    assert chat.said(await chat.say("dan", "+1")) == (
        "Dan: Sorry, Mangoes 5kg is sold out. To wait for it, send /waitlist 1: "
        "whatever comes free goes to the first in line whose quantity fits."
    )
    assert chat.said(await chat.say("cat", "-1")) == "Cat left Mangoes 5kg (#1)."
    assert uow_factory.state.group_buys[1].sold == 5

    assert (
        chat.said(await chat.say("bob", "/close"))
        == "Only the organiser (Amy) can do that: nothing was changed."
    )
    closed = await chat.say("amy", "/close")
    assert chat.cards(closed) == [(1, False)]
    assert chat.said(closed) == (
        "✅ Mangoes 5kg (#1) succeeded at ¥68 each: 3 orders, 5 units. Ask the organiser Amy how to pay, "
        "then send /ipaid with your order number (e.g. /ipaid 1-1); they confirm it. "
        "Each buyer's order was sent in a private message; anyone I cannot message is told in the group."
    )
    told = chat.private(closed)
    assert told.pop("amy").startswith(
        "Closed: Mangoes 5kg (#1) succeeded at ¥68 each: 3 orders, 5 units, ¥340 "
    )
    assert told == {
        "bob": "Your order #1-1 in Mangoes 5kg (#1):\nMangoes 5kg: 2 × ¥68 = ¥136\nTotal: ¥136\n"
        "Pay the organiser Amy (cash or transfer), then send /ipaid 1-1 to tell them; they confirm it.\n"
        "Pickup: Gate 3",
        "dan": "Your order #1-2 in Mangoes 5kg (#1):\nMangoes 5kg: 1 × ¥68 = ¥68\nTotal: ¥68\n"
        "Pay the organiser Amy (cash or transfer), then send /ipaid 1-2 to tell them; they confirm it.\n"
        "Pickup: Gate 3",
        "eve": "Your order #1-3 in Mangoes 5kg (#1):\nMangoes 5kg: 2 × ¥68 = ¥136\nTotal: ¥136\n"
        "Pay the organiser Amy (cash or transfer), then send /ipaid 1-3 to tell them; they confirm it.\n"
        "Pickup: Gate 3",
    }
    assert chat.said(await chat.say("cat", "/join")) == (  # told it closed, and whom to ask for more
        "Group buy #1 (Mangoes 5kg) has closed: nothing was changed."
        " If you want some, ask its organiser @Amy to open another round."
    )

    assert chat.said(await chat.say("bob", "/paid 1")) == (
        "Only the organiser (Amy) confirms payments: nothing was changed. "
        "To tell them you paid order #1-1, send /ipaid 1-1"
    )
    paid = await chat.say("amy", "/paid 1")
    assert chat.said(paid) == "✅ Bob's order #1-1 is paid."
    code = uow_factory.state.orders[1].pickup_code  # random, 4 digits (test_pickup_codes.py)
    assert code is not None and len(code) == 4
    assert chat.private(paid) == {
        "bob": "Amy confirmed your payment of ¥136 for order #1-1 (Mangoes 5kg). Thank you!\n"
        "Pickup: Gate 3\n"
        f"Your pickup code: {code} (show it when you collect your goods)"
    }
    assert chat.cards(paid) == [(1, False)]
    assert chat.said(await chat.say("amy", "/paid 1")) == (  # whose, and how to undo it (rep97 #7)
        "Bob's order #1-1 is already marked paid: nothing was changed. "
        "If that was a mistake, send /unpaid 1-1"
    )
    card = await chat.card(1)
    assert "✅ Succeeded at ¥68 each: 5 units" in card
    assert card.endswith("1. Bob ×2 ✅\n2. Dan ×1\n3. Eve ×2")


async def test_a_whole_group_buy_in_chinese_with_exact_totals(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    opened = await chat.say(
        "amy", "接龙 海南贵妃芒 5斤 价格 12.35 阶梯 3:9.99 成团 3 截止 今晚8点 自提 小区门口"
    )
    assert chat.said(opened) == (
        "团购 #1 开团了：海南贵妃芒 5斤，¥12.35/份。发 +1 或点“跟团”参加，截止 11月23日 周一 20:00。"
    )
    assert (
        chat.said(await chat.say("bob", "+1"))
        == "Bob 跟团：1 × 海南贵妃芒 5斤（#1）。当前 ¥12.35/份，再 2 份 ¥9.99。"
    )
    assert chat.said(await chat.say("cat", "我要两份")) == (
        "Cat 跟团：2 × 海南贵妃芒 5斤（#1）。当前 ¥9.99/份。🎉 已成团！"
    )
    assert chat.said(await chat.say("dan", "+1 帮 小王")) == (
        "Dan 帮 小王 跟团：1 × 海南贵妃芒 5斤（#1）。当前 ¥9.99/份。"
    )
    assert chat.said(await chat.say("dan", "-1")) == "Dan 撤下了帮 小王 报的 海南贵妃芒 5斤（#1）。"
    assert chat.said(await chat.say("bob", "截单")) == "只有团长（Amy）可以这样做，没有任何改动。"

    closed = await chat.say("amy", "截单")
    assert chat.said(closed) == (
        "✅ 海南贵妃芒 5斤（#1）成团了：¥9.99/份，共 2 个订单、3 份。"
        "怎么付款请问团长 Amy，付完发“我已付款”加你的订单号（例如 我已付款 1-1），团长确认收款。"
        "每位买家的订单已私信发送；收不到私信的会在群里收到提示。"
    )
    assert chat.private(closed)["cat"] == (
        "你在 海南贵妃芒 5斤（#1）的订单 #1-2：\n海南贵妃芒 5斤：2 × ¥9.99 = ¥19.98\n合计：¥19.98\n"
        "请付款给团长 Amy（现金或转账），付完发“我已付款 1-2”告诉团长，团长确认收款。\n自提：小区门口"
    )

    paid = await chat.say("amy", "已收 @Cat", mentions=["cat"])
    assert chat.said(paid) == "✅ Cat 的订单 #1-2 已付款。"
    assert chat.private(paid) == {
        "cat": "Amy 已确认收到你订单 #1-2（海南贵妃芒 5斤）的付款 ¥19.98，谢谢！\n"
        "自提：小区门口\n"
        f"取货码：{uow_factory.state.orders[2].pickup_code}（取货时出示，由团长核销）"
    }
    assert chat.said(await chat.say("amy", "已收 @Cat", mentions=["cat"])) == (  # which, paid already (s39)
        "Cat 的订单 #1-2 已经标记为已付款，没有任何改动。如果记错了，发 撤销已收 1-2"
    )
    assert chat.said(await chat.say("amy", "已收款 1")) == "✅ Bob 的订单 #1-1 已付款。"
    assert (await chat.card(1)).endswith("1. Bob ×1 ✅\n2. Cat ×2 ✅")


async def test_the_deadline_closes_it_and_tells_everyone(
    chat: Chat, app: ChatApp, clock: FakeClock, events: list[Event]
) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88.50 target 2 ends 2h")
    await chat.say("bob", "+2")
    assert await app.open_deadlines() == [(1, clock.now() + timedelta(hours=2))]
    assert await app.expire(1) == []  # not due yet

    clock.advance(hours=2)
    replies = await app.expire(1)

    assert [(r.card_of, r.chat_id) for r in replies if r.is_card] == [(1, "family")]
    group = [r for r in replies if r.text and not r.private_to]
    assert [(r.text, r.chat_id) for r in group] == [
        (
            "✅ Mangoes (#1) succeeded at ¥88.50 each: 1 order, 2 units. Ask the organiser Amy how to pay, "
            "then send /ipaid with your order number (e.g. /ipaid 1-1); they confirm it. "
            "Each buyer's order was sent in a private message; anyone I cannot message is told in the group.",
            "family",
        )
    ]
    assert chat.private(replies) == {
        "bob": "Your order #1-1 in Mangoes (#1):\nMangoes: 2 × ¥88.50 = ¥177\nTotal: ¥177\n"
        "Pay the organiser Amy (cash or transfer), then send /ipaid 1-1 to tell them; they confirm it.",
        "amy": "Closed: Mangoes (#1) succeeded at ¥88.50 each: 1 order, 2 units, ¥177 to collect. The group "
        "was told and each buyer's order was sent privately (anyone I cannot message is told in the group). "
        "When a buyer pays you, confirm it with /paid and the order "
        "number (e.g. /paid 1-1), here or in the group."
        "\nNo way to pay is set, so buyers have to ask you: set it with /payment #1 PayPal you@example.com "
        "(your own method and account); each buyer who owes is told."
        "\nNo pickup is set: set it with /pickup #1 Gate 3 tomorrow 17:00 (your own place and time).",
    }
    assert await app.expire(1) == []  # idempotent
    assert await app.open_deadlines() == []
    assert [type(e) for e in events if isinstance(e, GroupBuyOpened | Succeeded | OrderCreated)] == [
        GroupBuyOpened,
        Succeeded,
        OrderCreated,
    ]


async def test_a_deadline_below_target_fails_and_nobody_is_charged(
    chat: Chat, app: ChatApp, clock: FakeClock
) -> None:
    await chat.say("amy", "接龙 芒果 价格 88 成团 5 截止 2小时")
    await chat.say("bob", "+1")
    clock.advance(hours=3)

    replies = await app.expire(1)

    assert [(r.text, r.chat_id) for r in replies if r.text and not r.private_to] == [
        ("❌ 芒果（#1）未达到成团数量（1/5），不收任何款项。", "family")
    ]
    assert chat.private(replies)["amy"].startswith("⏰ 芒果（#1）到了截止时间，未达到成团数量（1/5）")
    assert "❌ 未成团（1/5），不收款" in await chat.card(1)
    assert (await app.render_card(1)).buttons == ()


async def test_the_organiser_cancels(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 5")
    await chat.say("bob", "+1")
    assert (
        chat.said(await chat.say("cat", "/cancel"))  # not on it: no leave to send (rep104 #9)
        == "Only the organiser (Amy) can call the group buy off: nothing was changed."
    )

    cancelled = await chat.say("amy", "/cancel confirm")

    assert chat.said(cancelled) == "🚫 Mangoes (#1) was cancelled. Nobody is charged."
    assert chat.private(cancelled) == {  # each buyer, privately too
        "bob": "🚫 Mangoes (#1, organised by Amy), which you joined, was cancelled and will not go ahead; "
        "nobody is charged."
    }
    assert chat.said(await chat.say("bob", "/join #1")) == (
        "Group buy #1 (Mangoes) was cancelled: nothing was changed."
    )


async def test_an_admin_may_close_for_the_organiser(chat: Chat) -> None:
    chat.admins.add("eve")
    await chat.say("amy", "/groupbuy Mangoes price 88 target 1")
    await chat.say("bob", "+1")
    assert "succeeded" in chat.said(await chat.say("eve", "/close"))


async def test_orders_are_shown_in_private(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 1")
    await chat.say("bob", "+3")
    await chat.say("amy", "/close")

    in_group = await chat.say("bob", "/orders")
    assert chat.said(in_group) == "Bob, I've sent your orders to you in a private message."
    assert chat.private(in_group) == {
        "bob": "Your orders:\n#1-1 Mangoes (group buy #1 by Amy): 3 × ¥88 = ¥264 · to pay\n"
        "💰 Order #1-1 is awaiting payment: pay the organiser Amy (cash or transfer), "
        "then send /ipaid 1-1 to tell them."
    }

    in_private = await chat.say("bob", "我的订单", private=True)
    assert chat.said(in_private) == (
        "你的订单：\n#1-1 Mangoes（Amy 的团 #1）：3 × ¥88 = ¥264 · 待付款\n"
        "💰 订单 #1-1 待付款：请付款给团长 Amy（现金或转账），付完发“我已付款 1-1”告诉团长。"
    )
    assert chat.said(await chat.say("cat", "/orders", private=True)) == "You have no orders yet."


async def test_the_chat_language_setting(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 tiers 3:78 target 5")
    assert (
        chat.said(await chat.say("bob", "+1"))
        == "Bob is in: 1 × Mangoes (#1). Now ¥88 each — 2 more for ¥78."
    )

    assert chat.said(await chat.say("amy", "/lang zh")) == "好的，本群以后我说中文。"
    assert chat.said(await chat.say("cat", "+1")) == "Cat 跟团：1 × Mangoes（#1）。当前 ¥88/份，再 1 份 ¥78。"
    assert (await chat.card(1)).startswith("🛒 Mangoes（#1）\n团长：Amy")
    # `/join` alone tells no language: the chat's `/lang` answers, as for `+1`
    assert chat.said(await chat.say("dan", "/join")) == "Dan 跟团：1 × Mangoes（#1）。当前 ¥78/份。"

    assert chat.said(await chat.say("amy", "语言 英文")) == "OK, I'll speak English in this chat."
    assert (await chat.card(1)).startswith("🛒 Mangoes (#1)\nOrganiser: Amy")


async def test_help(chat: Chat) -> None:
    assert chat.said(await chat.say("bob", "/help")).startswith("Tuan runs group buys in this chat.")
    assert chat.said(await chat.say("bob", "帮助")).startswith("团购助手帮你在群里接龙团购。")


# Commands a member finds elsewhere (a button, the answer that needs them) need not be in /help.
NOT_IN_HELP = {
    "confirm",
    "start",
    "unwait",
    "notpaid",
    "helper_remove",
    "help",
    "join",
    "link_note",  # `/linknote 3 #2`, `link my note to …`: what `/note 3 #2`, which help names, does
    "unrefund",  # 撤销退款: only says a refund is not undone (handlers.refund_undo), no action to teach
}


# Commands whose English form is another command's word with other arguments (`/cancel 12-3`: an order;
# `/help share`: the topic's own command, `/sharehelp`)
TYPED_WITH_ANOTHERS_WORD = {
    "cancel_order": "/cancel 12-3",
    "share_help": "/help share",
    "notes_help": "/help notes",
}
CHINESE_WITH_ANOTHERS_WORD = {"share_help": "帮助 分享", "notes_help": "帮助 笔记"}


async def test_help_names_every_command_in_both_languages(chat: Chat) -> None:
    from handlers.registry import COMMANDS

    # the short help names the topics: all of them together
    topics_en = ("/help", "/help organiser", "/help pay", "/help share", "/help notes")
    topics_zh = ("帮助", "帮助 团长", "帮助 付款", "帮助 分享", "帮助 笔记")
    english = "\n".join([chat.said(await chat.say("bob", asked)) for asked in topics_en])
    chinese = "\n".join([chat.said(await chat.say("bob", asked)) for asked in topics_zh])

    for entry in COMMANDS:
        if entry.name in NOT_IN_HELP or not (entry.en or entry.zh):  # no words: a button's, never typed
            continue
        if entry.name in TYPED_WITH_ANOTHERS_WORD:
            assert TYPED_WITH_ANOTHERS_WORD[entry.name] in english, entry.name
        else:
            assert any(f"/{word}" in english for word in entry.en), entry.name
        if entry.name in CHINESE_WITH_ANOTHERS_WORD:
            assert CHINESE_WITH_ANOTHERS_WORD[entry.name] in chinese, entry.name
        else:
            assert any(word in chinese for word in entry.zh), entry.name

"""Session 24 (rep29, item 13): Bob only ever typed `+1`, `+2 #2` in a Chinese group; one `/cancelorder 1-1`
(on Telegram a menu tap) and every later private notice (payment confirmed, refund) was in English; Cat's
`/orders` there did the same. A slash command alone now tells a member's language only when nothing else
is known of them, and then the chat's where they typed it (its `/lang`, else its card's) before the
word's; English words without a slash (`me too`) still tell English, and a member who only ever used
slash commands in an English chat stays English (`handlers.members.own_languages`).

Session 35: a buyer's own notices about her orders follow no words at all (her private `/lang`, else her
app's, else the group's: `handlers.members.steady_languages`): Dan's `me too` and Eve's `I paid` in the
Chinese group leave theirs Chinese, and Cat's order in the English group is English."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _zh_closed() -> Chat:
    zh = fake_chat(FakeUnitOfWorkFactory(), default_language="zh")
    await zh.say("amy", "接龙 大葱 价格 7 成团 1")
    await zh.say("amy", "接龙 鸡蛋 价格 10 成团 1")
    await zh.say("bob", "+1 #1")
    await zh.say("bob", "+2 #2")  # #2-1
    await zh.say("cat", "+1 #2")  # #2-2
    await zh.say("dan", "me too #2")  # #2-3: English words
    await zh.say("eve", "+1 #2")  # #2-4
    await zh.say("amy", "截单 #1")
    await zh.say("amy", "截单 #2")
    return zh


async def test_a_slash_command_in_a_chinese_group_keeps_notices_chinese() -> None:
    zh = await _zh_closed()
    await zh.say("bob", "/cancelorder 1-1")  # refused (only Amy cancels), but typed
    await zh.say("cat", "/orders")
    await zh.say("dan", "/orders")

    paid = zh.private(await zh.say("amy", "已收 2-1"))
    assert paid["bob"].startswith("Amy 已确认收到你订单 #2-1（鸡蛋）的付款 ¥20，谢谢！"), paid
    refunded = zh.private(await zh.say("amy", "退款 2-1 坏了"))
    assert refunded["bob"].startswith("订单 #2-1（鸡蛋）已退款：Amy 会直接退给你 ¥20。"), refunded
    paid = zh.private(await zh.say("amy", "已收 2-2"))
    assert paid["cat"].startswith("Amy 已确认收到你订单 #2-2（鸡蛋）的付款 ¥10，谢谢！"), paid
    # session 35: English words (`me too`, `I paid`) no longer turn a buyer's notices English either
    paid = zh.private(await zh.say("amy", "已收 2-3"))
    assert paid["dan"].startswith("Amy 已确认收到你订单 #2-3（鸡蛋）的付款 ¥10，谢谢！"), paid
    await zh.say("eve", "I paid")
    await zh.say("eve", "/orders")
    paid = zh.private(await zh.say("amy", "已收 2-4"))
    assert paid["eve"].startswith("Amy 已确认收到你订单 #2-4（鸡蛋）的付款 ¥10，谢谢！"), paid


async def test_a_slash_command_in_a_chinese_group_before_the_close_keeps_the_order_chinese() -> None:
    zh = fake_chat(FakeUnitOfWorkFactory(), default_language="zh")
    await zh.say("amy", "接龙 大葱 价格 7 成团 1")
    await zh.say("bob", "/join")
    await zh.say("bob", "/status")
    closed = zh.private(await zh.say("amy", "截单"))
    assert closed["bob"].startswith("你在 大葱（#1）的订单 #1-1："), closed


async def test_only_slash_commands_in_an_english_chat_keep_notices_english() -> None:
    en = fake_chat(FakeUnitOfWorkFactory(), default_language="zh")
    await en.say("amy", "/lang en")
    await en.say("amy", "接龙 大葱 价格 7 成团 1")  # the card speaks the chat's `/lang`: English
    await en.say("ann", "/join")
    await en.say("ann", "/status")
    closed = en.private(await en.say("amy", "/close"))
    assert closed["ann"].startswith("Your order #1-1 in 大葱 (#1):"), closed
    await en.say("ann", "/orders")
    paid = en.private(await en.say("amy", "已收 1-1"))
    assert paid["ann"].startswith("Amy confirmed your payment of ¥7 for order #1-1 (大葱)."), paid


async def test_a_slash_command_after_chinese_words_in_an_english_group_changes_nothing() -> None:
    zh = fake_chat(FakeUnitOfWorkFactory(), default_language="zh")
    en = Chat(zh.app, chat_id="en1", title="en1")
    await en.say("amy", "/groupbuy Mangoes price 12 target 1")
    await zh.say("amy", "接龙 大葱 价格 7")
    await zh.say("cat", "进度")  # Chinese words: Cat reads Chinese
    await en.say("cat", "+1")
    await en.say("cat", "/status")
    closed = en.private(await en.say("amy", "/close #1"))
    assert closed["cat"].startswith("Your order #1-1 in Mangoes (#1):"), closed  # session 35: the group's


async def test_a_slash_command_in_private_keeps_notices_in_the_cards_language() -> None:
    zh = fake_chat(FakeUnitOfWorkFactory(), default_language="zh")
    en = Chat(zh.app, chat_id="en1", title="en1")
    await zh.say("amy", "接龙 大葱 价格 7 成团 1")
    await en.say("amy", "/groupbuy Mangoes price 12 target 1")
    await zh.say("bob", "+1")  # only `+1`, then a menu's `/orders` in private
    await en.say("ann", "+1")
    await zh.say("bob", "/orders", private=True)
    await zh.say("ann", "/orders", private=True)

    in_zh = zh.private(await zh.say("amy", "截单"))
    in_en = en.private(await en.say("amy", "/close"))
    assert in_zh["bob"].startswith("你在 大葱（#1）的订单 #1-1："), in_zh
    assert in_en["ann"].startswith("Your order #2-1 in Mangoes (#2):"), in_en

"""Hal typed `进度` in the flat's chat, `/list #3` in the neighbours', `进度` in the flat's again, then
`+1`; Amy's `截单` sent Hal his order in English. Bob (last `候补 小盒`) and Dan (last `候补 1 小盒`,
then `＋１ #6 大盒`) too. The process remembered the language it last wrote per member *and chat*,
while the member has one language: the second `进度` looked written already in the flat and was not.
The command words last used, in whichever chat, now decide a private message's language (a slash
command alone only for a member of whom nothing else is known: session 24). Session 35: a buyer's order
follows her private `/lang`, else her app's, else the group's, never her words, and so does a friend's
line put down for her; session 36: so does a mute, and her private `/start`, answered in her language as
last seen, shows the words' rule here."""

from __future__ import annotations

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat


def _orders(replies: list[Reply]) -> dict[str, str]:
    """The order messages of a close, by buyer (not the notices of a wait that did not get in)."""
    return {r.private_to: r.text for r in replies if r.private_to and "#2-" in r.text}


def _waits(replies: list[Reply]) -> dict[str, str]:
    """Who waited and was told (not the buyers' orders, nor the organiser's summary, `amy`)."""
    return {
        r.private_to: r.text for r in replies if r.private_to not in (None, "amy") and "#2-" not in r.text
    }


def _chats() -> tuple[Chat, Chat]:
    flat = fake_chat()
    flat.chat_id = "flat"
    neighbours = Chat(flat.app, chat_id="neighbours")
    return flat, neighbours


async def test_the_last_chinese_command_word_in_any_chat_decides_the_order_message() -> None:
    flat, neighbours = _chats()
    await neighbours.say("eve", "/groupbuy Apples price 5")  # #1, in the neighbours' chat
    await flat.say("amy", "接龙 梨 规格 小盒:30:1,大盒:50")  # #2, in the flat's
    await flat.say("cat", "+1 小盒")  # the last small box: sold out

    await flat.say("hal", "进度")
    await neighbours.say("hal", "/list #1")
    await flat.say("hal", "进度")
    await flat.say("hal", "+1 大盒")

    await flat.say("bob", "进度")
    await flat.say("bob", "+1 大盒")
    await neighbours.say("bob", "/status #1")
    await flat.say("bob", "候补 小盒")

    await flat.say("dan", "进度")
    await neighbours.say("dan", "/status #1")
    await flat.say("dan", "候补 1 小盒")
    await flat.say("dan", "＋１ #2 大盒")

    closed = await flat.say("amy", "截单")
    orders = _orders(closed)
    told = "梨 小盒（#2）已截单，你候补的 1 份这次没有补上。"
    assert _waits(closed) == {"bob": told, "dan": told}

    for buyer, name in (("hal", "Hal"), ("bob", "Bob"), ("dan", "Dan")):
        assert orders[buyer].startswith("你在 梨（#2）的订单 #2-"), (name, orders[buyer])
        assert "请付款给团长 Amy" in orders[buyer], (name, orders[buyer])


async def test_the_last_english_command_word_in_any_chat_decides_the_order_message() -> None:
    flat, neighbours = _chats()
    await neighbours.say("eve", "接龙 苹果 价格 5")  # #1, in the neighbours' chat
    await flat.say("amy", "/groupbuy Pears options small:30:1,large:50")  # #2, in the flat's
    await flat.say("cat", "+1 small")  # the last small box: sold out

    await flat.say("hal", "/status")
    await neighbours.say("hal", "名单 #1")
    await flat.say("hal", "/status")
    await flat.say("hal", "+1 large")

    await flat.say("bob", "/status")
    await flat.say("bob", "+1 large")
    await neighbours.say("bob", "进度 #1")
    await flat.say("bob", "/wait small")

    closed = await flat.say("amy", "/close")
    orders = _orders(closed)
    assert _waits(closed) == {"bob": "Pears small (#2) closed and your wait for 1 did not get in this time."}

    # the orders speak the group's English (session 35), whatever each typed last
    assert orders["bob"].startswith("Your order #2-"), orders["bob"]
    assert "Pay the organiser Amy" in orders["bob"], orders["bob"]
    assert orders["hal"].startswith("Your order #2-"), orders["hal"]
    # Bob's last words are English (`/wait small`); Hal's are `名单`: a slash command alone (`/status`)
    # tells nothing of a member whose words were seen (session 24)
    welcome = neighbours.said(await neighbours.say("hal", "/start", private=True))
    assert welcome.startswith("你好！我是团购助手"), welcome
    welcome = neighbours.said(await neighbours.say("bob", "/start", private=True))
    assert welcome.startswith("Hi! I'm Tuan"), welcome
    neighbours.admins = {"eve"}  # a mute keeps the group's Chinese, whatever each typed last (session 36)
    told = neighbours.private(await neighbours.say("eve", "禁言 Bob"))
    assert told["bob"].startswith("群管理员停止了你在群里发笔记。"), told["bob"]

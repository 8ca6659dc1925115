"""With two open group buys in a chat, a bare `+1` went to the newest: a member who opened a look-alike
(`payment WeChat transfer to Mal`) captured the next buyers, and their `-1` then said "you are not on the
list". With several open, a bare `+1` / `-1` / `进度` now asks which one (by the cards' numbers), unless
the member is already on exactly one (then `-1` / `进度` go to it, and `+1` is asked: it may mean the
other); the organiser's `截单` / `取消` go to their own group buy."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_open() -> Chat:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 30 target 5")
    await chat.say("bob", "+1")
    await chat.say("mal", "/groupbuy Mangoes price 25 payment WeChat transfer to Mal")
    return chat


async def test_a_bare_join_asks_which_group_buy_and_joins_none() -> None:
    chat = await _two_open()

    answer = chat.said(await chat.say("cat", "+1"))

    assert answer == (
        "2 group buys are open here: #1 Mangoes · #2 Mangoes. "
        "Nothing was added: say which with its number (Mangoes: +1 #1; Mangoes: +1 #2), "
        "or reply with its number or name."
    )
    assert "Cat" not in await chat.card(1) and "Cat" not in await chat.card(2)
    assert chat.cards(await chat.say("cat", "+1 #1")) == [(1, False)]


async def test_a_member_on_exactly_one_keeps_using_bare_commands() -> None:
    chat = await _two_open()

    asked = chat.said(await chat.say("bob", "+1"))  # one more of #1, or #2? Nothing added
    more = await chat.say("bob", "+1 #1")
    status = await chat.say("bob", "/status")
    fewer = await chat.say("bob", "-1")

    assert asked.startswith("2 group buys are open here: #1 Mangoes (you have 1) · #2 Mangoes.")
    assert chat.cards(more) == [(1, False)]
    assert chat.cards(status) == [(1, True)]
    assert chat.cards(fewer) == [(1, False)]
    assert (await chat.card(1)).endswith("1. Bob ×1")


async def test_the_organisers_close_and_cancel_go_to_their_own() -> None:
    chat = await _two_open()
    await chat.say("cat", "+4 #1")

    cancelled = chat.said(await chat.say("mal", "/cancel"))
    closed = chat.said(await chat.say("amy", "/close"))

    assert "#2" in cancelled and "cancelled" in cancelled.lower()
    assert "#1" in closed


async def test_opening_a_look_alike_warns_the_group() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes 5kg price 30 target 5")

    warned = chat.said(await chat.say("mal", "/groupbuy mangoes 5 kg! price 25"))
    plain = chat.said(await chat.say("cat", "/groupbuy Lychees price 20"))

    assert warned.endswith(
        "⚠️ Careful: 1 other group buy with a very similar name is open here: #1 Mangoes 5kg."
        " To join this one, send +1 #2 (with its number)."
    )
    assert "Careful" not in plain

"""Session 21 (B1): an English chat's group buy priced per 斤 or 个 (`/groupbuy Pears price 12/斤`) said the
Chinese unit in every reply but a refusal: "Bob is in: 2斤 of Pears (#1). Now ¥12/斤.", the card's
`Price: ¥12/斤`, `4/3斤`, "1. Bob 3斤", `/list`, `/orders`, the close ("2 orders, 4斤") and the orders it
sends; only a refusal said "jin", "piece". Every text an English chat reads now says the unit by its
English word (handlers.texts.units.said, the refusals' mapping), a count noun in its plural: "2 jin",
"1 piece", "2 pieces"."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_group_buy_per_jin_reads_jin_everywhere_in_english() -> None:
    chat = fake_chat(default_language="en")
    opened = chat.said(await chat.say("amy", "/groupbuy Pears price 12/斤 target 3 stock 50"))
    first = chat.said(await chat.say("bob", "+2"))
    more = chat.said(await chat.say("bob", "+1"))
    await chat.say("cat", "+1")
    listed = chat.said(await chat.say("amy", "/list"))
    mine = Chat.private(await chat.say("bob", "/orders"))["bob"]
    card = await chat.card()

    assert opened.startswith("Group buy #1 is open: Pears at ¥12/jin."), opened
    assert first == "Bob is in: 2 jin of Pears (#1). Now ¥12/jin."
    assert more.startswith("Bob is in: 1 jin more, now 3 jin of Pears in all (#1). Now ¥12/jin."), more
    assert "Price: ¥12/jin\n▓▓▓▓▓▓▓▓▓▓ 4/3 jin\n" in card, card
    assert "Stock left: 46 jin" in card, card
    assert card.endswith("\n\n1. Bob 3 jin\n2. Cat 1 jin"), card
    assert listed.endswith("\n1. Bob 3 jin\n2. Cat 1 jin"), listed
    assert "Pears (group buy #1 by Amy): 3 jin × ¥12 = ¥36 so far" in mine, mine

    closed = await chat.say("amy", "/close")
    announced = Chat.said(closed)

    assert announced.startswith("✅ Pears (#1) succeeded at ¥12/jin: 2 orders, 4 jin."), announced
    assert "Pears: 3 jin × ¥12 = ¥36" in Chat.private(closed)["bob"]
    assert "斤" not in Chat.private(await chat.say("bob", "/orders"))["bob"]
    assert "斤" not in await chat.card()


async def test_a_group_buy_per_piece_counts_pieces_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 2/个")

    one = chat.said(await chat.say("bob", "+1"))
    two = chat.said(await chat.say("cat", "+2"))

    assert one == "Bob is in: 1 piece of Eggs (#1). Now ¥2/piece."
    assert two == "Cat is in: 2 pieces of Eggs (#1). Now ¥2/piece."
    assert (await chat.card()).endswith("\n\n1. Bob 1 piece\n2. Cat 2 pieces")


async def test_a_group_buy_per_dozen_reads_dozen_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 15/打")

    assert chat.said(await chat.say("bob", "+2")) == "Bob is in: 2 dozen of Eggs (#1). Now ¥15/dozen."


async def test_a_chinese_chat_still_reads_its_chinese_unit() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 梨 价格 12/斤")

    assert chat.said(await chat.say("bob", "+2")) == "Bob 跟团：2斤 梨（#1）。当前 ¥12/斤。"

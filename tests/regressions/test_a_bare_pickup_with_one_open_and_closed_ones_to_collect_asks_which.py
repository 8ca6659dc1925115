"""s31 #1: Amy had Mangoes (#1) and Apples (#2) closed, buyers still to collect, and Pears (#3) open; her
bare `自提 门口 周六10点` set the open Pears, the buyers of #1 and #2 never told. A pickup is for the
closed ones with buyers to collect: with one open as well she is asked which, each named with its number
and whether it is open or closed, her words kept, `all` offered, nothing changed. One closed to collect
and one open: asked too, never guessed. `/payment …` the same, with the closed ones still owed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, closed_with_a_buyer_each


async def closed_and_open(lang: str, closed: int = 2) -> Chat:
    """Mangoes (#1) and Apples (#2), or Mangoes alone, closed with a buyer each; then Pears open, Dan in."""
    chat = await closed_with_a_buyer_each(lang, closed)
    await chat.say("amy", "/groupbuy Pears price 20 target 1 ends 2h")
    await chat.say("dan", "+1")
    return chat


async def test_a_bare_pickup_with_one_open_asks_which_naming_each() -> None:
    chat = await closed_and_open("en")
    before = await chat.cards_up_to(3)

    replies = await chat.say("amy", "/pickup Gate 3 saturday 10am")

    assert Chat.said(replies) == (
        "You have 3 group buys here a pickup could be for, open or closed with buyers still to collect:"
        " #1 Mangoes (closed) · #2 Apples (closed) · #3 Pears (open). Nothing was changed."
        " Say which with its number, e.g. /pickup #1 Gate 3 saturday 10am.\n"
        "The same pickup for all of them: /pickup all Gate 3 saturday 10am"
    )
    assert Chat.private(replies) == {}
    assert await chat.cards_up_to(3) == before


async def test_a_bare_pickup_with_one_open_asks_which_in_chinese() -> None:
    chat = await closed_and_open("zh")
    before = await chat.cards_up_to(3)

    said = Chat.said(await chat.say("amy", "自提 门口 周六10点"))

    assert said == (
        "你在本群有 3 个团可以设自提，有进行中的，也有已截单、还有买家要取货的："
        "#1 Mangoes（已截单） · #2 Apples（已截单） · #3 Pears（接龙中）。没有任何改动。"
        "请带上编号，例如 自提 #1 门口 周六10点。\n"
        "这几个团都用这个自提：自提 全部 门口 周六10点"
    )
    assert await chat.cards_up_to(3) == before


async def test_one_closed_to_collect_and_one_open_is_asked_not_guessed() -> None:
    chat = await closed_and_open("en", closed=1)
    before = await chat.cards_up_to(2)

    said = Chat.said(await chat.say("amy", "/pickup Gate 3 saturday 10am"))

    assert said.startswith(
        "You have 2 group buys here a pickup could be for, open or closed with buyers still to collect:"
        " #1 Mangoes (closed) · #2 Pears (open). Nothing was changed."
    )
    assert await chat.cards_up_to(2) == before


async def test_a_bare_payment_with_one_open_asks_which() -> None:
    chat = await closed_and_open("en", closed=1)

    replies = await chat.say("amy", "/payment PayNow 91234567")

    assert Chat.said(replies) == (
        "You have 2 group buys here a way to pay could be for, open or closed with buyers still to pay:"
        " #1 Mangoes (closed) · #2 Pears (open). Nothing was changed."
        " Say which with its number, e.g. /payment #1 PayNow 91234567.\n"
        "The same for all of them: /payment all PayNow 91234567"
    )
    assert Chat.private(replies) == {}
    assert "PayNow" not in await chat.card(2)


async def test_a_bare_payment_with_one_open_asks_which_in_chinese() -> None:
    chat = await closed_and_open("zh", closed=1)

    said = Chat.said(await chat.say("amy", "收款方式 微信转账给王姐"))

    assert said == (
        "你在本群有 2 个团可以设收款方式，有进行中的，也有已截单、还有买家没付款的："
        "#1 Mangoes（已截单） · #2 Pears（接龙中）。没有任何改动。"
        "请带上编号，例如 收款方式 #1 微信转账给王姐。\n"
        "这几个团都用这个收款方式：收款方式 全部 微信转账给王姐"
    )


async def test_the_open_one_alone_is_still_set_when_every_closed_one_is_collected() -> None:
    chat = await closed_and_open("en", closed=1)
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/pickedup 1-1")

    said = Chat.said(await chat.say("amy", "/pickup Gate 3 saturday 10am"))

    assert said.startswith("Pickup for Pears (#2): Gate 3")

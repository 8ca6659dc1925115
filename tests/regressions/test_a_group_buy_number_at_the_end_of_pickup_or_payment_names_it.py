"""s31-tail #1: Amy had two closed group buys with buyers still to collect and sent
`自提 小区南门 明天下午6点 #1`, the number at the end. She was asked which buy, and the example kept the
number twice: `例如 自提 #1 小区南门 明天下午6点 #1`. A group buy's `#N` set apart at the end (or anywhere)
of `自提` / `/pickup` and `收款方式` / `/payment` is that buy, as at the start."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def two_closed(lang: str) -> Chat:
    """#1 and #2 closed, each with a buyer owing (still to collect and to pay)."""
    chat = fake_chat()
    if lang == "en":
        chat.admins = {"amy"}
        await chat.say("amy", "/lang en")
    for title, buyer in (("Mangoes", "bob"), ("Apples", "cat")):
        await chat.say("amy", f"/groupbuy {title} price 20 target 1 ends 2h")
        await chat.say(buyer, "+1")
        await chat.say("amy", "/close")
    return chat


async def test_a_pickup_with_its_number_at_the_end_sets_that_one() -> None:
    chat = await two_closed("zh")
    other = await chat.card(2)

    said = Chat.said(await chat.say("amy", "自提 小区南门 明天下午6点 #1"))

    assert said.startswith("好的，Mangoes（#1）的自提：小区南门 · 11月24日 周二 18:00\n")
    assert "#1 小区南门 明天下午6点 #1" not in said
    assert "小区南门" in await chat.card(1)
    assert await chat.card(2) == other


async def test_a_pickup_with_its_number_in_the_middle_sets_that_one() -> None:
    chat = await two_closed("zh")

    said = Chat.said(await chat.say("amy", "自提 小区南门 #2 明天下午6点"))

    assert said.startswith("好的，Apples（#2）的自提：小区南门 · 11月24日 周二 18:00\n")
    assert "小区南门" not in await chat.card(1)


async def test_an_english_pickup_with_its_number_at_the_end_sets_that_one() -> None:
    chat = await two_closed("en")

    said = Chat.said(await chat.say("amy", "/pickup Gate 3 saturday 10am #1"))

    assert said.startswith("Pickup for Mangoes (#1): Gate 3 · Sat ")
    assert "Gate 3" not in await chat.card(2)


async def test_a_payment_note_with_its_number_at_the_end_sets_that_one() -> None:
    chat = await two_closed("zh")

    replies = await chat.say("amy", "收款方式 微信转账给王姐，备注名字 #2")

    said = Chat.said(replies)
    assert said == (
        "好的，Apples（#2）的付款方式：微信转账给王姐，备注名字。"
        "订单已经发出，我已私聊告诉还没付款的 1 位买家。"
    )
    assert "微信转账给王姐，备注名字" in Chat.private(replies)["cat"]
    assert "bob" not in Chat.private(replies)


async def test_an_english_payment_with_its_number_at_the_end_sets_that_one() -> None:
    chat = await two_closed("en")

    said = Chat.said(await chat.say("amy", "/payment PayNow 91234567 #1"))

    assert said.startswith("How to pay for Mangoes (#1): PayNow 91234567")

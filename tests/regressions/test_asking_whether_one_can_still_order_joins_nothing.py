"""`can I still order 1?` (and `还能要一份吗？`, `还可以跟吗`) in a group with a group buy open joined her: a
question changed her order. It is answered, nothing joined: whether it is open, what is left and how to
join (`+1`, `+1 #N` with several open); sold out: the waiting list; ended: that it takes no more orders
and to ask the organiser. `+1`, `我也要`, `我要一份` still join."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _open(lang: str, command: str) -> Chat:
    chat = fake_chat()
    await chat.say("amy", f"/lang {lang}")
    await chat.say("amy", command)
    await chat.say("bob", "+1")
    return chat


async def test_can_i_still_order_is_answered_and_joins_nothing() -> None:
    chat = await _open("en", "/groupbuy Kaya price 12 stock 10")

    said = Chat.said(await chat.say("ian", "can I still order 2?"))

    assert said == "Yes, Kaya (#1) is still open, 9 units left. To join, send +2"
    assert "Ian" not in await chat.card()


async def test_still_asked_in_chinese_is_answered_and_joins_nothing() -> None:
    chat = await _open("zh", "接龙 烟台苹果 价格 12 库存 10")

    asked = Chat.said(await chat.say("ian", "还能要一份吗？"))
    again = Chat.said(await chat.say("dan", "还可以跟吗"))

    assert asked == "可以，烟台苹果（#1）还在接龙，还剩 9 份。要跟团就发 +1"
    assert again == asked
    card = await chat.card()
    assert "Ian" not in card and "Dan" not in card


async def test_joins_said_in_words_still_join() -> None:
    chat = await _open("zh", "接龙 烟台苹果 价格 12")

    assert Chat.said(await chat.say("ian", "我要一份")).startswith("Ian 跟团：1 × 烟台苹果（#1）")
    assert Chat.said(await chat.say("dan", "我也要")).startswith("Dan 跟团：1 × 烟台苹果（#1）")


async def test_with_several_open_the_answer_says_which_number_to_send() -> None:
    chat = await _open("en", "/groupbuy Kaya price 12 stock 1")
    await chat.say("amy", "/groupbuy Mango price 3")

    said = Chat.said(await chat.say("ian", "can I still order 1?"))

    assert said == (
        "Yes, these group buys are open here: Mango (#2); Kaya (#1), sold out. "
        "To join one, send +1 with its number, e.g. +1 #2"
    )


async def test_sold_out_says_how_to_wait() -> None:
    chat = await _open("zh", "接龙 烟台苹果 价格 12 库存 1")

    said = Chat.said(await chat.say("ian", "还能要一份吗"))

    assert said.startswith("抱歉，烟台苹果 已经卖完了。想候补请发“候补 1”"), said


async def test_after_the_close_it_says_it_ended_and_to_ask_the_organiser() -> None:
    for lang, expected in (
        (
            "en",
            "Kaya (#1) has ended and takes no more orders: nothing was changed. "
            "To get some, ask the organiser, Amy, whether there will be another round.",
        ),
        ("zh", "Kaya（#1）已经结束接龙，不能再跟了，没有任何改动。想要的话可以问问团长 Amy 会不会再开一团。"),
    ):
        chat = await _open(lang, "/groupbuy Kaya price 12")
        await chat.say("amy", "/close")

        said = Chat.said(await chat.say("ian", "can I still order 1?" if lang == "en" else "还能跟团吗"))

        assert said == expected

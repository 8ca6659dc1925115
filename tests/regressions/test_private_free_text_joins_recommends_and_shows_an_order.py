"""Round 31 (finding 13): private free text read nowhere though a group or the Chinese form would read it.
Rita's `hi my friend tom said to send this 4-N955 um i want like 3 jin of the lychees if thats ok thanks`
got only the card (`+3 4-N955` joined; the Chinese sentence `我姐姐让我发这个 团1-RFS7 要一份` joins);
Fay's `推荐点好吃的` got "我没看懂" (`有什么推荐` works); `订单 1-3` got "我没看懂". Now the English sentence
joins the amount it asks for, `推荐点好吃的` is answered as `有什么推荐`, and `订单 1-3` shows her order."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import fake_chat


async def test_an_english_sentence_with_a_share_code_and_an_amount_joins_it() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 12/jin target 5")
    found = re.search(r"\b1-\w{4}\b", room.shared(await room.say("tom", "/share")))
    assert found is not None
    said = room.said(
        await room.say(
            "rita",
            f"hi my friend tom said to send this {found.group(0)} um i want like 3 jin of the lychees "
            "if thats ok thanks",
            private=True,
        )
    )
    assert said.startswith("You're in: 3 jin of Lychees (#1)"), said
    said = room.said(await room.say("ann", f"{found.group(0)} i want two please", private=True))
    assert said.startswith("You're in: 2 jin of Lychees (#1)"), said


async def test_a_chinese_sentence_with_a_share_code_still_joins() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 12 成团 5")
    found = re.search(r"团1-\w{4}", room.shared(await room.say("bob", "分享")))
    assert found is not None
    said = room.said(await room.say("fay", f"朋友让我发这个 {found.group(0)} 要三份", private=True))
    assert said.startswith("你已跟团：3 × 荔枝（#1）"), said


async def test_asking_for_something_good_to_eat_gets_for_you() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 12")
    await room.say("fay", "你好")
    asked = room.said(await room.say("fay", "有什么推荐", private=True))
    said = room.said(await room.say("fay", "推荐点好吃的", private=True))
    assert said == asked and "荔枝" in said, said
    english = room.said(await room.say("fay", "what do you recommend", private=True))
    assert "荔枝" in english and "我没看懂" not in english


async def test_an_order_named_after_its_word_shows_that_order() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 12")
    await room.say("bob", "+1")
    await room.say("fay", "+2")
    await room.say("amy", "截单")
    mine = room.said(await room.say("fay", "订单 1-2", private=True))
    assert "#1-2" in mine and "¥24" in mine and "我没看懂" not in mine, mine
    assert "#1-1" not in mine
    other = room.said(await room.say("fay", "订单 1-1", private=True))
    assert other.startswith("你没有订单 #1-1。\n你的订单：\n#1-2"), other
    assert other.count("你的订单：") == 1, other
    assert "#1-2" in other
    english = room.said(await room.say("fay", "/orders 1-2", private=True))
    assert "#1-2" in english and "¥24" in english

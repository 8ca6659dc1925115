"""`+12 鸡蛋` on eggs sold by the dozen joined 12 dozen (144 eggs, ¥144) unasked, while English `+12 eggs`
is 12 eggs (replay s22b, B). From 6, a number with the product's Chinese word is asked: that many dozen
(`+12打` joins them), or that many eggs (`+12个`, answered in dozens); nothing is joined. `+2 鸡蛋` is
still 2 dozen."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_twelve_eggs_in_chinese_is_asked_and_its_forms_work() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 鸡蛋 价格 12/打")

    asked = chat.said(await chat.say("bob", "+12 鸡蛋"))
    assert asked == (
        "鸡蛋（#1）按打卖（一打 12 个），“12 鸡蛋”是 12打（144 个）。真要这么多就发 +12打；"
        "要的是 12 个，就发 +12个。没有任何改动。"
    )
    assert "Bob" not in await chat.card()
    assert (
        chat.said(await chat.say("bob", "+12个"))
        == "鸡蛋（#1）按打卖：“12个”是 1打，要就发 +1。没有任何改动。"
    )
    assert chat.said(await chat.say("bob", "+2 鸡蛋")) == "Bob 跟团：2打 鸡蛋（#1）。当前 ¥12/打。"
    assert chat.said(await chat.say("cat", "+12打")) == "Cat 跟团：12打 鸡蛋（#1）。当前 ¥12/打。"


async def test_in_an_english_chat_the_forms_are_english() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy 鸡蛋 price 12/dozen")

    asked = chat.said(await chat.say("bob", "+6 鸡蛋"))

    assert asked == (
        "鸡蛋 (#1) is sold by the dozen (12 pieces): “6 鸡蛋” is 6 dozen (72 pieces). If you want that many, "
        "send +6 dozen; for 6 pieces, send +6 pieces. Nothing was changed."
    )
    assert "Bob" not in await chat.card()

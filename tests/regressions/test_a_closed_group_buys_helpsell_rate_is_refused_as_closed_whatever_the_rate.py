"""rep104 #10 (rest): on a closed group buy `帮卖 #1 开 50%` was refused as closed but `帮卖 #1 开 80%` as
out of range, so fixing 80 down to 50 met a second refusal. A closed one is refused as closed whatever
the rate, out of range or written wrong; an open one still hears what is wrong with the rate."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, chat_in

CLOSED_ZH = "梨（#1）已截单：订单按当时的帮卖佣金 0% 生成，比例不再改，没有任何改动。"
CLOSED_EN = (
    "Pears (#1) has closed: its orders were made at the help-sell commission of 0% and it stays."
    " Nothing was changed."
)


async def _closed_and_open(lang: str) -> Chat:
    """Amy's Pears (#1) closed with Cat's order, her Mangoes (#2) open."""
    chat = await chat_in(lang)
    en = lang == "en"
    await chat.say("amy", "/groupbuy Pears price 20 target 1" if en else "接龙 梨 价格 20 成团 1")
    await chat.say("cat", "+1 #1")
    await chat.say("amy", "/close #1" if en else "截单 #1")
    await chat.say("amy", "/groupbuy Mangoes price 30" if en else "接龙 芒果 价格 30")
    return chat


async def test_every_rate_on_a_closed_one_is_refused_as_closed_in_chinese() -> None:
    chat = await _closed_and_open("zh")
    rates = ("50%", "５０％", "80%", "abc", "12.345%")
    for typed in (f"帮卖 #1 开 {rate}" for rate in rates):
        assert chat.said(await chat.say("amy", typed)) == CLOSED_ZH, typed


async def test_every_rate_on_a_closed_one_is_refused_as_closed_in_english() -> None:
    chat = await _closed_and_open("en")
    for typed in ("/helpsell #1 on 50%", "/helpsell #1 on 80%", "/helpsell #1 on 10 percent"):
        assert chat.said(await chat.say("amy", typed)) == CLOSED_EN, typed


async def test_an_open_one_still_hears_what_is_wrong_with_the_rate() -> None:
    chat = await _closed_and_open("zh")
    said = chat.said(await chat.say("amy", "帮卖 #2 开 80%"))
    assert said == "佣金比例须在 0% 到 50% 之间，80% 不行，没有任何改动。"
    said = chat.said(await chat.say("amy", "帮卖 #2 开 abc"))
    assert said == "“abc”不是帮卖佣金比例，没有任何改动。请写 0 到 50 之间的百分比，例如：帮卖 #2 开 10%"
    said = chat.said(await chat.say("amy", "帮卖 #2 开 10%"))
    assert "10%" in said and "没有任何改动" not in said

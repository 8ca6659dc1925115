"""Replay s22 (task A5): `options small:1,5 big:3` opened Tea with the options "small" at ¥1 and "5 big"
at ¥3: the comma inside 1,5 was read as the break between options. A comma followed by one or two digits
and then the next `name:price` (or nothing) sat inside a price: refused in one message saying it reads as a
decimal comma, with the options written with a point; nothing opened. `3kg:58,5kg:88` stays valid."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_decimal_comma_in_an_options_price_is_refused_with_the_point() -> None:
    chat = fake_chat(default_language="en")

    said = Chat.said(await chat.say("amy", "/groupbuy Tea options small:1,5 big:3"))

    assert said == (
        "In “1,5” the comma reads as a decimal comma, not a break between two options. "
        "For a decimal write a point: options small:1.5 big:3"
    ), said
    opened = Chat.said(await chat.say("amy", "/groupbuy Mangoes options 3kg:58,5kg:88"))
    assert opened.startswith("Group buy #1 is open: Mangoes at 3kg ¥58 / 5kg ¥88 each."), opened


async def test_a_decimal_comma_in_a_chinese_options_price_is_refused_with_the_point() -> None:
    chat = fake_chat()

    said = Chat.said(await chat.say("amy", "接龙 奶茶 规格 小:1，5 大:3"))

    assert said == "“1,5”里的逗号是小数点，不是两个规格之间的分隔。小数请写点：规格 小:1.5 大:3", said
    opened = Chat.said(await chat.say("amy", "接龙 芒果 规格 3斤:58,5斤:88:20"))
    assert opened.startswith("团购 #1 开团了：芒果，3斤 ¥58/份 / 5斤 ¥88/份。"), opened

"""Session 28 (rep48 #2): `接龙 水蜜桃 小盒 ¥58 大盒 ¥98 成团 2` opened "水蜜桃 小盒 ¥58 大盒" at ¥98, and
`+1 小盒` then paid ¥98. Two prices in an opener open nothing: the options form to send is given."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_two_prices_are_answered_with_the_options_form() -> None:
    chat = fake_chat()

    said = Chat.said(await chat.say("amy", "接龙 水蜜桃 小盒 ¥58 大盒 ¥98 成团 2"))

    assert said == (
        "一个团只有一个价格；两种价格请写成规格，例如：接龙 水蜜桃 规格 小盒:58,大盒:98"
        "（其他条件照写）。没有开团。"
    )
    assert "没有进行中的团购" in Chat.said(await chat.say("bob", "+1"))


async def test_in_english() -> None:
    chat = fake_chat(default_language="en")

    said = Chat.said(await chat.say("amy", "/groupbuy Peaches small ¥58 large ¥98 target 2"))

    assert said == (
        "A group buy has one price; for two, make them options, e.g. "
        "/groupbuy Peaches options small:58,large:98 (the rest as you typed it). Nothing was opened."
    )

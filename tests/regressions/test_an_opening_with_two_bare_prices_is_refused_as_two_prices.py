"""rep92 #13: `接龙 粽子 大盒 68 小盒 38 …` opened `粽子 大盒 68 小盒` at ¥38 (`/groupbuy Dumplings
pork 20 veg 18`: `Dumplings pork 20 veg` at ¥18), a title with a price in it, while with 元 it was
refused as two prices with the options form. Bare numbers are now refused the same way, nothing
opened; one price after a model number (`Apple iPhone 15 Pro 128`) still opens."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_two_bare_prices_in_chinese_are_refused_with_the_options_form() -> None:
    chat = fake_chat()

    said = chat.said(
        await chat.say("li", "接龙 粽子 大盒 68 小盒 38 成团 3 限购 3 截止 明晚8点", name="李姐")
    )

    assert said == (
        "一个团只有一个价格；两种价格请写成规格，例如：接龙 粽子 规格 大盒:68,小盒:38（其他条件照写）。"
        "没有开团。"
    )
    assert chat.said(await chat.say("mei", "+1", name="小美")).startswith("这个群里现在没有进行中的团购")


async def test_two_bare_prices_in_english_are_refused_with_the_options_form() -> None:
    chat = fake_chat()

    said = chat.said(await chat.say("amy", "/groupbuy Dumplings pork 20 veg 18 ends tomorrow 20:00"))

    assert said == (
        "A group buy has one price; for two, make them options, e.g. /groupbuy Dumplings options "
        "pork:20,veg:18 (the rest as you typed it). Nothing was opened."
    )


async def test_a_model_number_then_one_price_still_opens() -> None:
    chat = fake_chat()

    said = chat.said(await chat.say("amy", "/groupbuy Apple iPhone 15 Pro 128"))

    assert said.startswith("Group buy #1 is open: Apple iPhone 15 Pro at ¥128 each."), said

"""Amy's supplier had only 6 mangoes; `修改 库存 6` with 9 taken was refused without saying what to do.
The refusal now says to take lines off first (`踢出 @名字` / `/remove @name`), then change the stock;
nothing changes."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _nine_taken(open_with: str) -> Chat:
    chat = fake_chat()
    await chat.say("amy", open_with)
    for member in ("bob", "cat", "dan"):
        await chat.say(member, "+3")
    return chat


async def test_the_chinese_refusal_says_to_remove_lines_first() -> None:
    chat = await _nine_taken("接龙 海南贵妃芒 5斤 价格 88 库存 10 截止 3d")
    card = await chat.card(1)

    said = chat.said(await chat.say("amy", "修改 库存 6"))

    assert said == (
        "库存不能少于已经接龙的 9 份（你写的是库存 6）。没有任何改动。"
        "要减少库存，先用“踢出 @名字”去掉多出的份数，再改库存。"
    )
    assert await chat.card(1) == card


async def test_the_english_refusal_names_the_remove_command() -> None:
    chat = await _nine_taken("/groupbuy Mangoes 5kg price 88 stock 10 ends 3d")
    card = await chat.card(1)

    said = chat.said(await chat.say("amy", "/edit stock 6"))

    assert said == (
        "Stock can't go below the 9 units already taken (you wrote stock 6). Nothing was changed. "
        'To lower the stock, first remove lines with "/remove @name", then change it.'
    )
    assert await chat.card(1) == card


async def test_after_removing_a_line_the_stock_goes_down() -> None:
    chat = await _nine_taken("接龙 海南贵妃芒 5斤 价格 88 库存 10 截止 3d")
    await chat.say("amy", "踢出 @Dan", mentions=["dan"])

    said = chat.said(await chat.say("amy", "修改 库存 6"))

    assert said.startswith("已修改 海南贵妃芒 5斤（#1）：库存 6")
    card = await chat.card(1)
    assert "已售罄" in card  # 6 of 6 taken
    assert "Dan" not in card

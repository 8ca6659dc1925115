"""Amy's supplier had only 6 mangoes; `修改 库存 6` with 9 taken was refused without saying what to do.
The refusal now says to take lines off first (`踢出 @名字` / `/remove @name`), then change the stock;
nothing changes. (s22: how many must come off, and the command to send then.)"""

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
        "库存改成 6 还不行，没有任何改动：已经接龙 9 份，比库存 6 份多了 3 份。"
        "先空出 3 份：“踢出 @名字”去掉一位买家的整行，或请买家发 -1 退出一份；再发：修改 库存 6"
    )
    assert await chat.card(1) == card


async def test_the_english_refusal_names_the_remove_command() -> None:
    chat = await _nine_taken("/groupbuy Mangoes 5kg price 88 stock 10 ends 3d")
    card = await chat.card(1)

    said = chat.said(await chat.say("amy", "/edit stock 6"))

    assert said == (
        "Stock 6 won't work yet, nothing was changed: 9 units are already taken, 3 units more than stock 6. "
        'First free 3 units: "/remove @name" takes a buyer\'s whole line off, '
        "or a buyer sends -1 to give one unit back; then send: /edit stock 6"
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

"""Stock 50, tiers 10:78,20:68, 14 units taken; the real stock is 12. `修改 库存 12` said only to remove
buyers (踢出); once she had, the same command raised the tier at 20 with an example putting the stock
back to 50 (`例如：库存 50 阶梯 10:78,20:68`). The first answer now names every clash (14 taken > 12, the
tier at 20 out of reach) with the command that works, built from hers, after the 踢出 step when units
exceed the stock; the tier's example never puts back the stock she lowered. Same in English."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

MEMBERS = ("bob", "cat", "dan", "eve", "kim", "pete", "olga")  # 2 each: 14 taken


async def fourteen_taken(open_with: str) -> Chat:
    chat = fake_chat()
    await chat.say("amy", open_with)
    for member in MEMBERS:
        await chat.say(member, "+2")
    return chat


async def test_every_clash_at_once_then_the_suggested_command_works() -> None:
    chat = await fourteen_taken("接龙 海南贵妃芒 5斤 价格 88 阶梯 10:78,20:68 库存 50 截止 2小时")
    card = await chat.card(1)

    first = chat.said(await chat.say("amy", "修改 库存 12"))

    assert first == (
        "库存改成 12 还不行，没有任何改动：已经接龙 14 份，比库存 12 份多了 2 份；"
        "阶梯从 20 份开始，库存 12 份永远达不到。"
        "先空出 2 份：“踢出 @名字”去掉一位买家的整行，或请买家发 -1 退出一份；再发：修改 库存 12 阶梯 10:78"
    )
    assert await chat.card(1) == card
    await chat.say("amy", "踢出 @Pete", mentions=["pete"])
    again = chat.said(await chat.say("amy", "修改 库存 12"))
    assert again == (
        "库存改成 12 还不行，没有任何改动：阶梯从 20 份开始，库存 12 份永远达不到。"
        "可以这样改：修改 库存 12 阶梯 10:78"
    )
    assert "库存 50" not in first + again
    done = chat.said(await chat.say("amy", "修改 库存 12 阶梯 10:78"))
    assert done.startswith("已修改 海南贵妃芒 5斤（#1）：阶梯价 满10份 ¥78、库存 12"), done


async def test_in_english_with_its_number_and_no_tier_left() -> None:
    chat = await fourteen_taken("/groupbuy Mangoes 5kg price 88 tiers 10:78,20:68 stock 50 ends 2h")

    said = chat.said(await chat.say("amy", "/edit #1 stock 12"))
    none_left = chat.said(await chat.say("amy", "/edit stock 8"))

    assert said == (
        "Stock 12 won't work yet, nothing was changed: 14 units are already taken, 2 units more than "
        "stock 12; a tier starts at 20 units, which stock 12 could never reach. "
        'First free 2 units: "/remove #1 @name" takes a buyer\'s whole line off, '
        "or a buyer sends -1 #1 to give one unit back; then send: /edit #1 stock 12 tiers 10:78"
    )
    assert none_left.endswith(
        'First free 6 units: "/remove @name" takes a buyer\'s whole line off, '
        "or a buyer sends -1 to give one unit back; then send: /edit stock 8 tiers none"
    )
    for member in MEMBERS[:3]:
        await chat.say("amy", f"/remove @{member.title()}", mentions=[member])
    done = chat.said(await chat.say("amy", "/edit stock 8 tiers none"))  # as suggested: 8 taken
    assert done == "Updated Mangoes 5kg (#1): no more tiers, stock 8.\n🈵 Sold out!"  # all 8 taken

"""rep40 #11: Amy's `修改 #7 库存 3`, with 3 taken, made 阳光玫瑰 sold out, and the group read only "已修改…：
库存 3。" where a join taking the last unit says "🈵 已售罄！". An edit whose stock is now just what is taken
says it too (of an option: `🈵 大盒 已售罄！`), in the group when she edits from her private chat; a stock
raised, or another term changed, says nothing of it."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _three_taken(*, english: bool = False) -> Chat:
    chat = fake_chat()
    if english:
        await chat.say("amy", "/groupbuy Grapes price 60 stock 5 ends 3d")
    else:
        await chat.say("amy", "接龙 阳光玫瑰 价格 60 库存 5 截止 3d")
    await chat.say("bob", "+3")
    return chat


async def test_in_chinese_a_stock_lowered_to_what_is_taken_says_sold_out() -> None:
    chat = await _three_taken()

    said = Chat.said(await chat.say("amy", "修改 #1 库存 3"))

    assert said == "已修改 阳光玫瑰（#1）：库存 3。\n🈵 已售罄！"
    assert Chat.said(await chat.say("amy", "修改 #1 库存 4")) == "已修改 阳光玫瑰（#1）：库存 4。"


async def test_in_chinese_from_her_private_chat_the_group_is_told_sold_out() -> None:
    chat = await _three_taken()

    replies = await chat.say("amy", "修改 #1 库存 3", private=True)

    group = [reply.text for reply in replies if reply.chat_id == "family" and reply.text]
    assert group == ["🛒 阳光玫瑰（#1）\n🈵 已售罄！"]


async def test_in_chinese_an_options_stock_lowered_to_what_is_taken_says_that_option_sold_out() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 水蜜桃 规格 大盒:88:5,小盒:58:5 截止 3d")
    await chat.say("bob", "+2 大盒")

    said = Chat.said(await chat.say("amy", "修改 大盒 库存 2"))

    assert said == "已修改 水蜜桃（#1）：大盒 库存 2。\n🈵 大盒 已售罄！"


async def test_in_english_a_stock_lowered_to_what_is_taken_says_sold_out() -> None:
    chat = await _three_taken(english=True)

    said = Chat.said(await chat.say("amy", "/edit #1 stock 3"))

    assert said == "Updated Grapes (#1): stock 3.\n🈵 Sold out!"

"""Asking in the chat, as members phrase it: "did I pay?" in its common forms is the asker's order,
answered privately (never the group's payment instructions), from their orders in this chat when
several group buys are open; `请问` glued on asks as `请问 ` does; a product's usual name picks the
group buy whose title shares its characters."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = "接龙 海南贵妃芒 价格 88 阶梯 3:78 成团 3 库存 10 截止 明天中午12点 自提 小区门口"
TOLD = "Bob，答案已私信发给你。"
PAID = "你在 海南贵妃芒（#1）订了 1 份，共 ¥78，已付款（订单 #1-1）。\n取货码："


async def paid() -> Chat:
    """Bob's order of 海南贵妃芒 (#1) paid, the group buy closed."""
    room = fake_chat(FakeUnitOfWorkFactory(), bot_username="tuan_bot")
    await room.say("amy", OPEN)
    await room.say("bob", "+1")
    await room.say("cat", "+2")
    await room.say("amy", "截单")
    await room.say("amy", "已收 1-1")
    return room


async def test_did_i_pay_in_its_common_forms_is_answered_privately_with_the_order() -> None:
    room = await paid()
    for asked in ("问 我付钱了吗 #1", "问 我付款了没有", "问 我交钱了吗", "问 付了没"):
        replies = await room.say("bob", asked)
        assert room.said(replies) == TOLD, asked
        assert room.private(replies)["bob"].startswith(PAID), asked
    assert room.said(await room.say("bob", "我付钱了吗", private=True)).startswith(PAID)  # newest order
    cats = await room.say("cat", "问 怎么付款")  # she owes: answered privately (s30), never in the group
    assert room.said(cats) == "Cat，答案已私信发给你。"
    assert "¥" in room.private(cats)["cat"] and "Amy" in room.private(cats)["cat"]


async def test_did_i_pay_with_several_open_answers_from_the_askers_orders_here() -> None:
    room = await paid()
    await room.say("amy", "接龙 阳光玫瑰葡萄 价格 60 库存 5")
    await room.say("amy", "接龙 西湖龙井 价格 120 库存 5")
    replies = await room.say("bob", "问 我付了吗")
    assert room.said(replies) == TOLD
    assert room.private(replies)["bob"].startswith(PAID)  # #1 is closed, and it is what Bob paid for
    which = room.said(await room.say("dan", "问 我付了吗"))  # no order here: which one, as before
    assert "#2 阳光玫瑰葡萄" in which and "#3 西湖龙井" in which


async def test_please_ask_glued_on_asks_as_set_apart() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), bot_username="tuan_bot")
    await room.say("amy", OPEN)
    apart = room.said(await room.say("cat", "请问 芒果甜不甜"))
    assert apart.startswith("这个我答不上来")
    assert room.said(await room.say("cat", "请问芒果甜不甜")) == apart
    assert room.said(await room.say("cat", "请问几点截单")).startswith("海南贵妃芒（#1）")


async def test_the_usual_name_picks_the_one_title_sharing_its_characters() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), bot_username="tuan_bot")
    await room.say("amy", OPEN)
    await room.say("amy", "接龙 西湖龙井 价格 120 库存 5")
    await room.say("amy", "接龙 百花蜂蜜 价格 50 库存 5")
    assert room.said(await room.say("cat", "问 芒果多少钱")) == "海南贵妃芒（#1）：当前 ¥88/份，再 3 份 ¥78。"
    assert room.said(await room.say("cat", "问 蜂蜜多少钱")).startswith("百花蜂蜜（#3）")
    each = room.said(await room.say("cat", "问 多少钱"))  # naming none: each open one in a line
    assert each.startswith("海南贵妃芒（#1）：当前 ¥88/份") and "\n西湖龙井（#2）：当前 ¥120/份。\n" in each


async def test_a_product_not_sold_here_is_not_answered_with_another_products_note() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), bot_username="tuan_bot", default_language="en")
    await room.say("amy", "/groupbuy Mangoes price 9 ends 2h", language="en")
    await room.say("bob", "/note These mangoes are super sweet")
    sweet = room.said(await room.say("dan", "/ask are the mangoes sweet", language="en"))
    assert sweet.startswith("What friends said:\nNote #1 Bob: “These mangoes are super sweet")
    assert room.said(await room.say("dan", "/ask are the cherries sweet", language="en")) == (
        "There is no group buy of “cherries” here. Open here: #1 Mangoes (name one by its number, "
        "e.g. /ask #1 any left?)."
    )

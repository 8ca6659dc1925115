"""s39 closing: three answers built the set-to example (`改成N份` / `make it N`) in code, and a paste's
lower-count hint on a group buy sold by the 斤 or kg told an English reader `make it 1 斤` / `make it 1 公斤
#2`, which gets no reply at all; a Chinese reader on one opened `80/kg` was told `改成3kg`, also unread.
Now one helper (handlers.texts.units.set_to_example, catalog `set_to_example`) makes every such example:
English the number alone, Chinese the unit as the set-to reads it (`改成3公斤`), and sending it works."""

from __future__ import annotations

from tests.unit.handlers.conftest import chat_in, fake_chat


async def test_an_english_reader_on_a_per_jin_group_buy_is_told_make_it_1_and_it_works() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy lychee price 15/斤 ends tomorrow 20:00")
    await chat.say("sue", "+2", name="Sue")

    reply = chat.said(await chat.say("sue", "#接龙 lychee\n1. Sue 0\n2. Amy 1", name="Sue"))

    assert reply.endswith(
        "you still have 2 jin on lychee (#1). To leave, send -2; to take fewer, send make it 1."
    ), reply
    lowered = chat.said(await chat.say("sue", "make it 1", name="Sue"))
    assert lowered == "Sue now has 1 jin of lychee (#1). Now ¥15/jin.", lowered


async def test_an_english_reader_on_a_per_kg_one_of_two_is_told_make_it_1_with_its_number() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy lychee price 15/斤 ends tomorrow 20:00")
    await chat.say("amy", "/groupbuy cherries price 15/公斤 ends tomorrow 20:00")
    await chat.say("sue", "+2 #2", name="Sue")

    reply = chat.said(await chat.say("sue", "#接龙 cherries\n1. Sue 0\n2. Amy 1", name="Sue"))

    assert reply.endswith("To leave, send -2 #2; to take fewer, send make it 1 #2."), reply
    chat.said(await chat.say("sue", "make it 1 #2", name="Sue"))
    assert "Sue 1 kg" in await chat.card(2)


async def test_a_chinese_reader_over_the_limit_on_a_per_kg_one_is_told_a_set_to_that_works() -> None:
    chat = fake_chat()
    await chat.say("li", "接龙 车厘子 价格 80/kg 限购 3 截止 明晚8点", name="李姐")
    await chat.say("mei", "+2", name="小美")

    refused = chat.said(await chat.say("mei", "改成5", name="小美"))

    assert (
        refused
        == "抱歉，车厘子 每人限购 3 kg，你已经有 2 kg了，最多只能改成 3，请发 改成3公斤，没有任何改动。"
    )
    chat.said(await chat.say("mei", "改成3公斤", name="小美"))
    assert "小美 3 kg" in await chat.card(1)

"""rep92 #11: on 土鸡蛋 (sold by the 盒) 小丽, already holding 2盒, pasted the list with `2. 张叔 2盒` while
张叔 holds 3盒 and got only `你已经在名单上了…`: others saw a list that looked changed and no word that it
wasn't. A pasted line giving another member a count other than recorded is remarked, in the group buy's
unit: the record stands and how he changes it himself."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, chat_in, fake_chat

EGGS = "接龙 土鸡蛋 45元/盒 限购 3 库存 10 截止 明天20:00"
LIST = "#接龙 土鸡蛋\n1. 小美 2盒\n2. 张叔 2盒\n3. 王阿姨 1盒\n4. 小丽 2盒"
REMARK = "名单里“张叔 2盒”和记录的 3盒 不一样，以记录为准；要改请本人发 改成2盒。"


async def _eggs() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", EGGS, name="李姐")
    await chat.say("xiaomei", "+2", name="小美")
    await chat.say("zhang", "+3", name="张叔")
    await chat.say("wang", "+1", name="王阿姨")
    return chat


async def test_already_on_it_she_is_told_the_record_stands() -> None:
    chat = await _eggs()
    await chat.say("xiaoli", "+2", name="小丽")
    card = await chat.card(1)

    reply = chat.said(await chat.say("xiaoli", LIST, name="小丽"))

    assert reply.startswith("你已经在名单上了：土鸡蛋（#1）2盒。"), reply
    assert reply.endswith(REMARK), reply
    assert await chat.card(1) == card
    assert "张叔 3盒" in card


async def test_joining_she_is_told_the_record_stands() -> None:
    chat = await _eggs()

    reply = chat.said(await chat.say("xiaoli", LIST, name="小丽"))

    assert reply.startswith("小丽 跟团：2盒 土鸡蛋（#1）。"), reply
    assert REMARK in reply, reply
    assert "张叔 3盒" in await chat.card(1)


async def test_in_english_already_on_it() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Cookies price 12 ends tomorrow 20:00")
    await chat.say("bob", "+3", name="Bob")
    await chat.say("sue", "+1", name="Sue")

    reply = chat.said(await chat.say("sue", "#接龙 Cookies\n1. Bob 2\n2. Sue 1", name="Sue"))

    assert reply.startswith("You're already on the list: Cookies (#1) ×1."), reply
    assert reply.endswith(
        "On the list, “Bob 2” is not the 3 recorded: the record stands. "
        "To change it, they send make it 2 themselves."
    ), reply
    assert "Bob ×3" in await chat.card(1)

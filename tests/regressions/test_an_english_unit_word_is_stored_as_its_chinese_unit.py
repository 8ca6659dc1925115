"""Replay s22 (task A3): `dozen` and `kg` were stored as typed beside `打` and `公斤` (while jin, box and
piece were already kept as 斤, 箱, 个), so the API and the export showed two spellings of one unit. An
English unit word is now kept as its Chinese unit (dozen 打, kg 公斤, g 克); an English chat still reads
"dozen" and "kg", a Chinese one `打` and `¥8/kg`, whichever spelling opened it."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _units(factory: FakeUnitOfWorkFactory, *ids: int) -> list[str]:
    async with factory() as uow:
        found = [await uow.group_buys.get(gid) for gid in ids]
    return [g.terms.unit if g is not None else "?" for g in found]


async def test_english_words_are_kept_as_the_chinese_unit_and_read_in_english() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12/dozen")
    await chat.say("amy", "/groupbuy Rice price 8/kgs")
    await chat.say("amy", "/groupbuy Saffron price 3/g")

    eggs = Chat.said(await chat.say("bob", "+2 #1"))
    rice = Chat.said(await chat.say("bob", "+2 #2"))

    assert await _units(factory, 1, 2, 3) == ["打", "公斤", "克"]
    assert eggs == "Bob is in: 2 dozen of Eggs (#1). Now ¥12/dozen.", eggs
    assert rice == "Bob is in: 2 kg of Rice (#2). Now ¥8/kg.", rice


async def test_a_chinese_chat_reads_either_spelling_alike() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 鸡蛋 价格 12/dozen")
    await chat.say("amy", "接龙 大米 价格 8/kg")
    await chat.say("amy", "接龙 小米 价格 8/公斤")

    eggs = Chat.said(await chat.say("bob", "+2 #1"))
    rice = Chat.said(await chat.say("bob", "+2 #2"))
    millet = Chat.said(await chat.say("bob", "+2 #3"))

    assert await _units(factory, 1, 2, 3) == ["打", "公斤", "公斤"]
    assert eggs == "Bob 跟团：2打 鸡蛋（#1）。当前 ¥12/打。", eggs
    assert rice == "Bob 跟团：2 kg 大米（#2）。当前 ¥8/kg。", rice
    assert millet == rice.replace("大米（#2）", "小米（#3）"), millet

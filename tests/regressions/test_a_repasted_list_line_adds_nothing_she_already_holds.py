"""Session 13 (FX): 李四, on 芒果 with 1 from her pasted 接龙 line `2. 李四 +1`, pasted the list again with
her line unchanged (people re-paste the whole list to add someone, or just repeat it) and got one more
unit, 2 in all. A pasted line says what her line holds in all: the same (or less: an old copy) changes
nothing and she is told what she holds and how to change it; more brings her up to it."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

LIST = "#接龙\n芒果\n\n1. 小王 2份\n"
MINE = LIST + "2. 李四 +1"


async def pasted(chat: Chat, text: str) -> str:
    return chat.said(await chat.say("lisi", text, name="李四"))


async def mangoes() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 芒果 价格 30")
    return chat


async def test_the_same_list_pasted_again_adds_nothing() -> None:
    chat = await mangoes()
    first = await pasted(chat, MINE)

    again = await pasted(chat, MINE)

    assert first.startswith("李四 跟团：1 × 芒果（#1）"), first
    assert again == "你已经在名单上了：芒果（#1）×1。要多加请发 +1，要改数量请发 改成N份（N 是你要的数量）。"
    assert (await chat.card()).endswith("\n\n1. 李四 ×1")


async def test_a_list_pasted_to_add_someone_after_her_changes_nothing_of_hers() -> None:
    chat = await mangoes()
    await chat.say("lisi", "+2")

    again = await pasted(chat, LIST + "2. 李四 2份")
    older = await pasted(chat, MINE)  # an old copy of the list: her line said 1

    assert again == "你已经在名单上了：芒果（#1）×2。要多加请发 +1，要改数量请发 改成N份（N 是你要的数量）。"
    assert older == again
    assert (await chat.card()).endswith("\n\n1. Lisi ×2")


async def test_a_line_pasted_with_more_brings_her_up_to_it() -> None:
    chat = await mangoes()
    await pasted(chat, MINE)

    more = await pasted(chat, LIST + "2. 李四 3份")

    assert more.startswith("李四 跟团：现在共 3 × 芒果（#1）"), more
    assert (await chat.card()).endswith("\n\n1. 李四 ×3")


async def test_an_options_line_names_its_option() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 芒果 规格 3斤:58,5斤:88")
    await pasted(chat, LIST + "2. 李四 5斤 +1")

    again = await pasted(chat, LIST + "2. 李四 5斤 +1")
    other = await pasted(chat, LIST + "2. 李四 3斤 +1")  # another option: a line of its own

    assert again == (
        "你已经在名单上了：芒果 5斤（#1）×1。要多加请发 +1 5斤，要改数量请发 5斤改成N份（N 是你要的数量）。"
    )
    assert other.startswith("李四 跟团：1 × 芒果 3斤（#1）"), other

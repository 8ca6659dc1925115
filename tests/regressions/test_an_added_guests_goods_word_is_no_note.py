"""`代报 王阿姨 1 eggs` on eggs sold by the dozen kept "eggs" as 王阿姨's note (`备注：eggs`), while `+1 eggs`
is 1 dozen with no note: a word naming the goods is no note on a guest's line either; an address stays one."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_guest_of_one_eggs_is_one_dozen_without_a_note() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 鸡蛋 价格 12/打")

    eggs = chat.said(await chat.say("amy", "代报 王阿姨 1 eggs"))
    dozen = chat.said(await chat.say("amy", "代报 老刘 1打 鸡蛋"))
    address = chat.said(await chat.say("amy", "代报 张姐 2 3号楼"))

    assert eggs == "Amy 代报：王阿姨 1打 · 鸡蛋（#1），订单由 Amy 收款。当前 ¥12/打。"
    assert dozen == "Amy 代报：老刘 1打 · 鸡蛋（#1），订单由 Amy 收款。当前 ¥12/打。"
    assert address == "Amy 代报：张姐 2打 · 鸡蛋（#1），订单由 Amy 收款。备注：3号楼。当前 ¥12/打。"


async def test_in_english_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12/dozen")

    assert chat.said(await chat.say("amy", "/add Wang 1 eggs")) == (
        "Amy added Wang (not in this chat): 1 dozen of Eggs (#1); their order goes to Amy. Now ¥12/dozen."
    )

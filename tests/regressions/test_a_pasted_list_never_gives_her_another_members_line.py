"""Session 16 (ra 19): 小李, holding 2斤 of 烟台苹果 (sold per 斤), pasted the 接龙 list back as WeChat
shows it, her line first and 张叔's last: `小李 跟团：现在共 3斤`, 张叔's 3斤 became hers. A pasted list's
line is hers by her name wherever it is; else the new last line, but never one naming another member
already on the group buy: that is refused, nothing changed, and she is told how to join."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

LIST = "接龙 #1 烟台苹果\n1. 小李 2斤\n2. 张叔 3斤"


async def apples() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 烟台苹果 价格 8元/斤")
    await chat.say("li", "+2斤", name="小李")
    await chat.say("zhang", "+3斤", name="张叔")
    return chat


async def test_her_own_line_wins_wherever_it_is() -> None:
    chat = await apples()

    pasted = chat.said(await chat.say("li", LIST, name="小李"))
    more = chat.said(await chat.say("li", LIST.replace("小李 2斤", "小李 4斤"), name="小李"))

    assert (
        pasted
        == "你已经在名单上了：烟台苹果（#1）2斤。要多加请发 +1，要改数量请发 改成N斤（N 是你要的数量）。"
    )
    assert more.startswith("小李 跟团：现在共 4斤 烟台苹果（#1）"), more
    assert (await chat.card()).endswith("\n\n1. 小李 4斤\n2. 张叔 3斤")


async def test_another_members_last_line_is_never_hers() -> None:
    chat = await apples()

    pasted = chat.said(await chat.say("li", LIST, name="Li"))  # WeChat's name for her is not on the list

    assert pasted == (
        "名单上的“张叔”已经在 烟台苹果（#1）里了，那一行是 TA 的，不是你的，没有改动。"
        "要跟团请在名单末尾加上写着你名字的一行，或直接发 +1。"
    )
    assert (await chat.card()).endswith("\n\n1. 小李 2斤\n2. 张叔 3斤")


async def test_a_new_last_line_is_still_hers() -> None:
    chat = await apples()

    pasted = chat.said(await chat.say("wu", LIST + "\n3. 吴姐 1斤", name="Wu"))

    assert pasted.startswith("Wu 跟团：1斤 烟台苹果（#1）"), pasted
    assert (await chat.card()).endswith("\n3. Wu 1斤")

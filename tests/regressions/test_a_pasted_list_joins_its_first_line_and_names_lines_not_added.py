"""Session 26 (report 37, finding 3): the first joiner's paste with the title on the `#接龙` line
(`#接龙 阳光玫瑰⏎1. Bob 2`) was silent and joined nothing (two lines were not read as a list), and a line
Wen added under her own for her mother (`7. 文文妈妈 1`) was dropped without a word. The first line now
joins; a line below hers naming someone not on the group buy is named in her answer with the join that
adds it (a paste adds her own line only), also when her own line was already there."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

ROSES = "接龙 阳光玫瑰 2斤装 价格 68"
LIST = "#接龙\n阳光玫瑰 2斤装\n1. Bob 2\n2. 文文 1"
NOT_ADDED = "名单上的“文文妈妈”没有加上（贴名单只加你自己的一行）：要帮 TA 跟团，请发 +1 帮 文文妈妈"


async def test_the_first_line_under_a_titled_jielong_line_joins() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", ROSES)

    reply = chat.said(await chat.say("bob", "#接龙 阳光玫瑰\n1. Bob 2"))

    assert reply == "Bob 跟团：2 × 阳光玫瑰 2斤装（#1）。当前 ¥68/份。"
    assert (await chat.card(1)).endswith("\n\n1. Bob ×2")


async def test_a_priced_jielong_line_over_a_first_line_is_an_opening_never_a_join() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", ROSES)

    reply = chat.said(await chat.say("amy", "接龙 车厘子 价格 99\n1. Amy 1"))

    assert "跟团" not in reply and "价格" in reply, reply  # the opening's own answer (its price unread)
    assert (await chat.card(1)).endswith("还没有人跟团，发 +1 抢第一个")  # nobody on 阳光玫瑰


async def test_a_line_below_hers_naming_someone_else_is_said_not_added() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", ROSES)
    await chat.say("bob", "+2")

    reply = chat.said(await chat.say("wen", f"{LIST}\n3. 文文妈妈 1", name="文文"))

    assert reply == f"文文 跟团：1 × 阳光玫瑰 2斤装（#1）。当前 ¥68/份。{NOT_ADDED}"
    assert (await chat.card(1)).endswith("\n\n1. Bob ×2\n2. 文文 ×1")


async def test_a_repasted_list_adding_two_friends_names_both_and_changes_nothing() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", ROSES)
    await chat.say("bob", "+2")
    await chat.say("wen", "+1", name="文文")

    reply = chat.said(await chat.say("wen", f"{LIST}\n3. 文文妈妈 2\n4. 文文爸爸 1", name="文文"))

    assert reply == (
        "你已经在名单上了：阳光玫瑰 2斤装（#1）×1。要多加请发 +1，要改数量请发 改成N份（N 是你要的数量）。"
        "名单上的“文文妈妈”、“文文爸爸”没有加上（贴名单只加你自己的一行）：帮别人跟团请每人单独发一条，"
        "例如 +2 帮 文文妈妈"
    )
    assert (await chat.card(1)).endswith("\n\n1. Bob ×2\n2. 文文 ×1")


async def test_a_line_below_hers_already_on_the_group_buy_is_not_named() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", ROSES)
    await chat.say("bob", "+2")
    await chat.say("wen", "+1 帮 文文妈妈", name="文文")
    await chat.say("dan", "+1")

    reply = chat.said(
        await chat.say("cat", "#接龙\n阳光玫瑰 2斤装\n1. Bob 2\n2. Cat 1\n3. 文文妈妈 1\n4. Dan 1")
    )

    assert reply == "Cat 跟团：1 × 阳光玫瑰 2斤装（#1）。当前 ¥68/份。"


async def test_the_join_named_for_a_line_not_added_carries_the_number_when_several_are_open() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", ROSES)
    await chat.say("amy", "接龙 土鸡蛋 30枚 价格 45")

    reply = chat.said(await chat.say("wen", "#接龙 阳光玫瑰\n1. 文文 1\n2. 文文妈妈 1", name="文文"))

    assert reply == (
        "文文 跟团：1 × 阳光玫瑰 2斤装（#1）。当前 ¥68/份。"
        "名单上的“文文妈妈”没有加上（贴名单只加你自己的一行）：要帮 TA 跟团，请发 +1 #1 帮 文文妈妈"
    )

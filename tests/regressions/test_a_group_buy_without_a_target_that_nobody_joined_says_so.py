"""Session 16 (ga): a group buy opened without a target (its target 1) that ended at its deadline with
nobody joining said it "did not reach its target (0/1)" (`未达到成团数量（0/1）`), a target its organiser
never set. It now says it ended with nobody joining, on its card, in the group's announcement, to the
organiser who closes it privately and to its help-sellers; one with a target still names it (`0/5`)."""

from __future__ import annotations

from handlers import outbox
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat, fake_chat


async def _ended(opening: str, language: str | None = None) -> tuple[Chat, list[str]]:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", opening, language=language)
    clock.advance(hours=3)
    replies = await chat.app.expire(1)
    told = [reply.text for reply in replies if reply.text and reply.private_to != "amy"]
    hers = [reply.text for reply in replies if reply.text and reply.private_to == "amy"]
    assert len(hers) == 1, replies  # her own notice, privately (session 24)
    return chat, told


async def test_in_chinese_the_group_is_told_nobody_joined() -> None:
    chat, told = await _ended("接龙 芒果 价格 10 截止 2小时")

    assert told == ["❌ 芒果（#1）没有人跟团，已结束，不收任何款项。"]
    assert (await chat.card()).endswith("\n❌ 没有人跟团，已结束，不收款")


async def test_in_english_too() -> None:
    chat, told = await _ended("/open Mangoes price 10 ends in 2 hours", language="en")

    assert told == ["❌ Mangoes (#1) ended with nobody joining. Nobody is charged."]
    assert (await chat.card()).endswith("\n❌ Ended with nobody joining: nobody is charged")


async def test_one_with_a_target_still_names_it() -> None:
    chat, told = await _ended("接龙 芒果 价格 10 成团 5 截止 2小时")

    assert told == ["❌ 芒果（#1）未达到成团数量（0/5），不收任何款项。"]
    assert (await chat.card()).endswith("\n❌ 未成团（0/5），不收款")


async def test_its_help_sellers_are_told_nobody_joined() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, _ = await help_sold(
        "接龙 李子 价格 10 截止 2小时",
        title="Office",
        factory=factory,
        clock=clock,
        listing="/helpsell #1",
        language="en",
        default_language="zh",
        outbox_platform="test",
    )
    garden = Chat(family.app, chat_id="garden")
    await garden.say("cat", "帮卖 #1")
    before = len(factory.state.outbox)
    clock.advance(hours=3)

    await family.app.expire(1)

    rows = [outbox.delivery(item).reply for item in factory.state.outbox[before:]]
    private = {row.private_to: row.text for row in rows if row.private_to}
    assert private == {
        "amy": "⏰ 李子（#1）到了截止时间，没有人跟团，已结束：不生成订单，谁都不用付款。群里已通知。",
        "bob": "李子 (#1, organised by Amy), which you help-sell, ended at its deadline with nobody joining; "
        "nobody is charged. The groups where you listed it were told: Office.",
        "cat": "你帮卖的 李子（#1，团长 Amy）到截止时没有人跟团，已结束，不收任何款项；"
        "你挂它的群已收到通知：另一个群。",
    }

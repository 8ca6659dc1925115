"""rep40 #1: in a group with an unpaid order, `钱转你了`, `已转`, `微信转你了`, `转过去了`, `付款了 两份 80`
got silence (only `已付80` was taken), and bulk cancel later cancelled those paid orders. Each everyday
way to say it (zh and en) is read as `我已付款` is: her one unpaid order, with an amount that amount's
rules; questions and negations (`钱转了吗`, `还没转`, `转给谁`) stay chatter, and `已转` is a report only
as the whole message."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

ZH = [
    "钱转你了",
    "已转",
    "已转，谢谢团长",
    "微信转你了",
    "转过去了",
    "转你了",
    "钱已转",
    "付款了 两份 80",
    "红包发你了",
    "发你红包了",
    "已经转了",
    "刚转你了 80",
]
EN = ["sent u the money", "transferred", "sent you the money", "transferred, thx", "i've transferred"]


async def _owing(opened: str, join: str, close: str) -> tuple[FakeUnitOfWorkFactory, Chat]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", opened)
    await chat.say("cat", join)
    await chat.say("amy", close)
    return factory, chat


def _reported(factory: FakeUnitOfWorkFactory) -> list[str]:
    return [o.buyer_id for o in factory.state.orders.values() if o.reported_paid_at is not None]


@pytest.mark.parametrize("typed", ZH)
async def test_an_everyday_chinese_i_paid_reports_her_order(typed: str) -> None:
    factory, chat = await _owing("接龙 鸡蛋 价格 40 成团 1", "+2", "截单")

    said = chat.said(await chat.say("cat", typed))

    assert said.startswith("收到，Cat：已请 Amy 确认你订单 #1-1 的付款，金额已私信发给你。"), said
    assert _reported(factory) == ["cat"]


@pytest.mark.parametrize("typed", EN)
async def test_an_everyday_english_i_paid_reports_her_order(typed: str) -> None:
    factory, chat = await _owing("/groupbuy Eggs price 40 target 1", "+2", "/close")

    said = chat.said(await chat.say("cat", typed))

    assert said.startswith(
        "Thanks, Cat: Amy is asked to confirm your payment for order #1-1; "
        "the amount was sent to you privately."
    ), said
    assert _reported(factory) == ["cat"]


async def test_questions_and_negations_of_paying_stay_chatter() -> None:
    factory, chat = await _owing("接龙 鸡蛋 价格 40 成团 1", "+2", "截单")
    for talk in (
        "钱转了吗",
        "还没转",
        "转给谁",
        "转了吗",
        "已转发",
        "已转到群里了",
        "发你了",
        "发红包了",
        "转了",
        "sent?",
        "not transferred yet",
        "sent the link",
        "transferred to another group",
    ):
        assert await chat.say("cat", talk) == [], talk
    assert _reported(factory) == []


async def test_an_everyday_i_paid_with_two_unpaid_asks_which_or_takes_the_amounts() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 鸡蛋 价格 40 成团 1 截止 2小时")
    await chat.say("amy", "接龙 大米 价格 30 成团 1 截止 2小时")
    await chat.say("cat", "+1 #1")
    await chat.say("cat", "+1 #2")
    await chat.say("amy", "截单 #1")
    await chat.say("amy", "截单 #2")

    assert chat.said(await chat.say("cat", "钱转你了")) == (
        "你在本群有 2 个待付款订单：#1-1 鸡蛋 ¥40、#2-1 大米 ¥30。"
        "请说是哪一个：我已付款 1-1（都付了就发：我已付款 全部）"
    )
    assert chat.said(await chat.say("cat", "transferred")).startswith("You have 2 unpaid orders here: #1-1")
    assert _reported(factory) == []
    said = chat.said(await chat.say("cat", "转过去了 30"))
    assert said.startswith("收到，Cat：已请 Amy 确认你订单 #2-1 的付款，金额已私信发给你。"), said

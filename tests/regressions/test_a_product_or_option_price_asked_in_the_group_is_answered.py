"""rep58 item 5: with 冰淇淋 (香草/巧克力) open, `冰淇淋多少钱`, `冰淇淋 多少钱`, `香草多少钱`,
`冰淇淋怎么卖` got silence while `请问冰淇淋多少钱？` answered. A product's or an option's word
before 多少钱 / 怎么卖, as the whole message, is now answered as the explicit ask is (from one on it:
privately, the group told so); `这个多少钱`, `停车多少钱` stay talk. And `请问多少钱` from Xiaoli,
on an open buy with options, was answered in the group: like her bare `多少钱`, it is now answered
privately (the s30 rule looked only for her orders, never her lines on an open one)."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

ZH_PRICE = "冰淇淋（#1）：香草 ¥8/份，巧克力 ¥9/份。"
EN_PRICE = "Ice cream (#1): Vanilla ¥8 each, Chocolate ¥9 each."


async def _open(opened: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", opened)
    return chat


# an option named (`香草多少钱`): that option's price alone (every option's, until a price question
# naming an option was answered with its own: test_a_price_question_naming_an_option_is_answered_…)
@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("冰淇淋多少钱", ZH_PRICE),
        ("冰淇淋 多少钱", ZH_PRICE),
        ("香草多少钱", "冰淇淋（#1）：香草 ¥8/份。"),
        ("冰淇淋怎么卖", ZH_PRICE),
        ("请问冰淇淋多少钱？", ZH_PRICE),
    ],
)
async def test_a_product_or_option_price_is_answered_in_zh(typed: str, said: str) -> None:
    chat = await _open("接龙 冰淇淋 规格 香草:8,巧克力:9")
    assert chat.said(await chat.say("liu", typed, name="Liu")) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Vanilla多少钱", "Ice cream（#1）：Vanilla ¥8/份。"),
        ("Ice cream 多少钱", "Ice cream（#1）：Vanilla ¥8/份，Chocolate ¥9/份。"),
    ],
)
async def test_a_product_or_option_price_is_answered_in_an_english_group(typed: str, said: str) -> None:
    chat = await _open("/groupbuy Ice cream options Vanilla:8,Chocolate:9")
    assert chat.said(await chat.say("kim", typed, name="Kim")) == said


@pytest.mark.parametrize("typed", ["这个多少钱", "停车多少钱", "葡萄怎么卖"])
async def test_a_price_of_something_not_sold_here_stays_talk(typed: str) -> None:
    chat = await _open("接龙 冰淇淋 规格 香草:8,巧克力:9")
    assert await chat.say("liu", typed, name="Liu") == []


async def test_from_one_on_it_the_price_is_answered_privately() -> None:
    chat = await _open("接龙 冰淇淋 规格 香草:8,巧克力:9")
    await chat.say("xiaoli", "+1 香草", name="Xiaoli")
    replies = await chat.say("xiaoli", "冰淇淋多少钱", name="Xiaoli")
    assert chat.said(replies) == "Xiaoli，答案已私信发给你。"
    assert chat.private(replies)["xiaoli"] == ZH_PRICE


ZH_TOLD = "Xiaoli，答案已私信发给你。"


@pytest.mark.parametrize(
    ("opened", "join", "private", "told"),
    [
        (
            "接龙 冰淇淋 规格 香草:8,巧克力:9",
            "+1 香草",
            "你跟了 冰淇淋（#1）香草 ×1。",
            "Xiaoli，答案已私信发给你。",
        ),
        ("接龙 粽子 价格 10 限购 2", "+1", "你跟了 粽子（#1）", "Xiaoli，答案已私信发给你。"),
        (  # the group's line follows the group (its English card), the answer her words (session 34)
            "/groupbuy Ice cream options Vanilla:8,Chocolate:9",
            "+1 Vanilla",
            "你跟了 Ice cream（#1）Vanilla ×1。",
            "Xiaoli, I sent you the answer privately.",
        ),
    ],
)
async def test_qingwen_duoshaoqian_from_one_on_an_open_buy_is_answered_privately(
    opened: str, join: str, private: str, told: str
) -> None:
    chat = await _open(opened)
    await chat.say("xiaoli", join, name="Xiaoli")
    replies = await chat.say("xiaoli", "请问多少钱", name="Xiaoli")
    assert chat.said(replies) == told
    assert chat.private(replies)["xiaoli"].startswith(private)
    assert "还没截单，现在不用付款" in chat.private(replies)["xiaoli"]

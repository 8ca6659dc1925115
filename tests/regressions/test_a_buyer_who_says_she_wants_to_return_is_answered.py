"""Review 70 #4 (s33-buyerwords): a member holding a line who typed `我要退`, `退 #3` or `不要了 #3`
before the close got no reply (only `我不要了` left); after the close `鸡蛋破了两个 要退` got none
either. Before the close they leave her line as `我不要了` does; after it, wanting the money back is
answered with the refund request's form, her words as its reason, nothing changed. From someone with no
line and no order: talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_open() -> Chat:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 草莓 价格 30")
    await chat.say("amy", "接龙 土鸡蛋 价格 15")
    for member in ("liu", "wu", "he"):
        await chat.say(member, "+1 #1")
    return chat


async def test_wanting_out_before_the_close_leaves_her_line() -> None:
    chat = await _two_open()

    assert chat.said(await chat.say("liu", "我要退")) == "Liu 退出了 草莓（#1）。"
    assert chat.said(await chat.say("wu", "退 #1")) == "Wu 退出了 草莓（#1）。"
    assert chat.said(await chat.say("he", "不要了 #1")) == "He 退出了 草莓（#1）。"
    card = await chat.card(1)
    assert "Liu" not in card and "Wu" not in card and "He" not in card


async def test_from_someone_holding_nothing_it_stays_talk() -> None:
    chat = await _two_open()

    assert await chat.say("eve", "我要退") == []
    assert await chat.say("eve", "鸡蛋破了两个 要退") == []
    assert await chat.say("eve", "退") == []


async def test_after_the_close_wanting_the_money_back_gets_the_refund_form() -> None:
    chat = await _two_open()
    await chat.say("zhang", "+2 #2")
    await chat.say("amy", "截单 #2")
    await chat.say("amy", "已收 2-1")

    broken = chat.said(await chat.say("zhang", "鸡蛋破了两个 要退"))
    bare = chat.said(await chat.say("zhang", "我要退"))

    assert broken == (
        "要申请退款，请发 我要退款 2-1 鸡蛋破了两个——会转给团长，由团长决定、直接退给你。"
        "你可以申请退款的订单：#2-1 土鸡蛋 ×2。这次没有任何改动。"
    )
    assert bare == (
        "要申请退款，请发 我要退款 2-1 原因——会转给团长，由团长决定、直接退给你。"
        "你可以申请退款的订单：#2-1 土鸡蛋 ×2。这次没有任何改动。"
    )

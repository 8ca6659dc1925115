"""`退款`, `退款 abc`, `已收款 abc`, `已收 abc`, `已取 abc` typed without a slash got no reply at all: the
organiser could not tell a typo from a bot that ignores them. The command word on its own, or apart from
something that is not its argument, is a command typed wrong and is answered with its form; the same word
glued into talk (`已收到，谢谢`, `退款中`, `已取消`) or asked about (`退款了吗？`) stays chatter."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

REFUND = "请这样写：退款 12-3（订单编号；后面可写原因，会转告买家：退款 12-3 尺码不对）或 退款 @名字"
PAID = "请这样写：已收款 12-3（订单编号）或 已收 @名字"
PICKED_UP = "请这样写：已取货 12-3（订单编号）或 已取 @名字"


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("退款", REFUND),
        ("退款 abc", REFUND),
        ("退款 #abc", REFUND),
        ("已收款 abc", PAID),
        ("已收 abc", PAID),
        ("已收 张三", PAID),  # a name without its @
        ("已取 abc", PICKED_UP),
        ("已取：abc", PICKED_UP),
    ],
)
@pytest.mark.parametrize("private", [False, True])
async def test_a_command_word_with_something_unreadable_gets_the_commands_form(
    typed: str, answer: str, private: bool
) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 2")
    card = await chat.card(1)

    # in private, none of her group buys has orders yet: a placeholder, never a made-up number
    expected = answer.replace("12-3", "N-M") if private else answer
    assert Chat.said(await chat.say("amy", typed, private=private)) == expected
    assert await chat.card(1) == card


@pytest.mark.parametrize(
    "typed",
    ["退款了吗？", "已收到，谢谢", "退款什么时候到", "已收 谢谢", "退款中", "退款成功", "已取消", "已收到"],
)
async def test_talk_about_refunds_and_payments_stays_unanswered(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 2")

    assert await chat.say("bob", typed) == []

"""Task s22 F: `已收 @Kim`, Kim unknown in the chat, was told "use the order number instead, e.g. 已收 2-1"
with 2-1 refunded, or with another organiser's order (that `已收 1-1` would be refused too). The example is
now an order this command by this person could act on (已收: an unpaid one of hers; 撤销已收: a paid one),
or none: then @ them or use the order number, no number made up. A chat admin may act on any here."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

UNKNOWN = "本群里没有叫 Kim 的成员，没有任何改动。"
CHECK = "请直接 @ 对方，或改用订单编号（订单消息和“名单”里都有编号）。"


async def _two_organisers() -> Chat:
    """Eve's #1 (Bob's 1-1 unpaid); Amy's #2: 2-1 refunded, 2-2 unpaid."""
    chat = fake_chat()
    await chat.say("eve", "接龙 苹果 价格 10")
    await chat.say("bob", "+1")
    await chat.say("eve", "截单")
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("cat", "+1")
    await chat.say("dan", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 2-1")
    await chat.say("amy", "退款 2-1")
    return chat


async def test_the_example_is_one_of_her_unpaid_orders_never_a_refunded_one() -> None:
    chat = await _two_organisers()

    assert chat.said(await chat.say("amy", "已收 @Kim")) == UNKNOWN + "请改用订单编号，例如：已收 2-2"
    assert chat.said(await chat.say("amy", "/paid @Kim", language="en")) == (
        "I don't know anyone called Kim in this chat: nothing was changed. Use the order number instead,"
        " e.g. /paid 2-2"
    )
    assert chat.said(await chat.say("amy", "已收 Kim")) == "请这样写：已收款 2-2（订单编号）或 已收 @名字"


async def test_no_order_she_could_act_on_is_no_example() -> None:
    chat = await _two_organisers()

    # 撤销已收: none of hers is paid (2-1 refunded); Eve's are not hers
    assert chat.said(await chat.say("amy", "撤销已收 @Kim")) == UNKNOWN + CHECK
    assert chat.said(await chat.say("amy", "/unpaid @Kim", language="en")) == (
        "I don't know anyone called Kim in this chat: nothing was changed. @mention them, or use the order"
        " number instead (it is on the order and on /list)."
    )
    await chat.say("amy", "已收 2-2")
    # 已收: all hers paid; Eve's unpaid 1-1 is not hers to mark
    assert chat.said(await chat.say("amy", "已收 @Kim")) == UNKNOWN + CHECK
    assert chat.said(await chat.say("amy", "撤销已收 @Kim")) == UNKNOWN + "请改用订单编号，例如：撤销已收 2-2"


async def test_a_chat_admin_is_shown_any_order_here_she_could_act_on() -> None:
    chat = await _two_organisers()
    chat.admins = {"boss"}
    await chat.say("amy", "已收 2-2")

    assert chat.said(await chat.say("boss", "已收 @Kim")) == UNKNOWN + "请改用订单编号，例如：已收 1-1"

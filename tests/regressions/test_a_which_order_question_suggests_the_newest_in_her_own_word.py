"""Right after #5 closed, `已收 @Kim @Cat` (each owing three orders) answered `…请说是哪一个：已收款 1-3`:
the OLDEST order, a week old, and in another command word than the one she typed. The example is now
the newest order (of the group buy that closed last), in her own word (`已收 3-1`, `已收款 3-1`,
`/paid 3-1`), with the one line for all of them, and with several names the newest of each in one line."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

BOB = "Bob 在本群有 3 个待付款订单：#1-1 芒果 ¥10、#2-1 砂糖橘 ¥20、#3-1 苹果 ¥30。请说是哪一个："
CAT = "Cat 在本群有 3 个待付款订单：#1-2 芒果 ¥10、#2-2 砂糖橘 ¥20、#3-2 苹果 ¥30。请说是哪一个："


async def three_closed(factory: FakeUnitOfWorkFactory) -> Chat:
    chat = fake_chat(factory)
    for number, title in enumerate(["芒果", "砂糖橘", "苹果"], 1):
        await chat.say("amy", f"接龙 {title} 价格 {10 * number} 截止 2小时")
        await chat.say("bob", f"+1 #{number}")
        await chat.say("cat", f"+1 #{number}")
        await chat.say("amy", f"截单 #{number}")
    return chat


async def test_the_example_is_the_newest_order_in_the_word_she_typed() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await three_closed(factory)

    both = chat.said(await chat.say("amy", "已收 @Bob @Cat", mentions=["bob", "cat"]))
    long_word = chat.said(await chat.say("amy", "已收款 @Bob", mentions=["bob"]))
    english = chat.said(await chat.say("amy", "/paid @Bob", mentions=["bob"], language="en"))

    assert both == (
        f"没有标记 @Bob：{BOB}已收 3-1（几单都收了就一起发：已收 1-1 2-1 3-1）\n"
        f"没有标记 @Cat：{CAT}已收 3-2（几单都收了就一起发：已收 1-2 2-2 3-2）\n"
        "要标的是各人最新的一单，就一起发：已收 3-1 3-2"
    )
    assert long_word == f"{BOB}已收款 3-1（几单都收了就一起发：已收款 1-1 2-1 3-1）"
    assert english == (
        "Bob has 3 unpaid orders here: #1-1 芒果 ¥10, #2-1 砂糖橘 ¥20, #3-1 苹果 ¥30. "
        "Say which: /paid 3-1 (all of them paid: /paid 1-1 2-1 3-1)"
    )
    assert all(o.status is OrderStatus.PENDING_PAYMENT for o in factory.state.orders.values())
    done = chat.said(await chat.say("amy", "已收 3-1 3-2"))  # the line suggested works as it is
    assert done == "已标记为已付款：#3-1（Bob）、#3-2（Cat）。"


async def test_a_command_of_one_order_at_a_time_gets_the_newest_alone() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await three_closed(factory)
    for number in ("1-1", "2-1", "3-1"):
        await chat.say("amy", f"已收 {number}")

    refund = chat.private(await chat.say("amy", "退款 @Bob", mentions=["bob"]))[
        "amy"
    ]  # its amounts: privately (rep58 #2)
    english = chat.said(await chat.say("amy", "/unpaid @Bob", mentions=["bob"]))

    assert refund == (
        "Bob 在本群有 3 个已付款订单：#1-1 芒果 ¥10、#2-1 砂糖橘 ¥20、#3-1 苹果 ¥30。请说是哪一个：退款 3-1"
    )
    assert english == (
        "Bob 在本群有 3 个已收款的订单：#1-1 芒果 ¥10、#2-1 砂糖橘 ¥20、#3-1 苹果 ¥30。"
        "请说是哪一个：/unpaid 3-1"
    )

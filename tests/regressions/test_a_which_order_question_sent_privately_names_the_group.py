"""Amy's `已收 @Kim` in 家庭群, Kim's two orders both bought in 邻居群 (帮卖), was asked privately (the
group never reads another group's buyers), yet it said "Kim 在本群有 2 个待付款订单…": in her private chat
with the bot, "this group" means nothing. The private question names the group the orders were made
in, for 已收, 已取, 退款 and 撤销已收, in English too."""

from __future__ import annotations

from handlers.types import Reply
from tests.helpsell_chats import bought_both_in_neighbours
from tests.unit.handlers.conftest import Chat


def _asked_privately(family: Chat, replies: list[Reply]) -> str:
    assert [reply.text for reply in replies if reply.text and not reply.private_to] == []
    return family.private(replies)["amy"]


async def test_the_private_which_order_names_the_group() -> None:
    family = await bought_both_in_neighbours()

    paid = _asked_privately(family, await family.say("amy", "已收 @Kim"))
    english = _asked_privately(family, await family.say("amy", "/paid @Kim", language="en"))

    assert (
        paid == "Kim 在「邻居群」有 2 个待付款订单：#1-1 芒果 ¥10、#2-1 苹果 ¥10。"
        "请说是哪一个：已收 2-1（几单都收了就一起发：已收 1-1 2-1）"
    )
    assert english == (
        "Kim has 2 unpaid orders in “邻居群”: #1-1 芒果 ¥10, #2-1 苹果 ¥10. "
        "Say which: /paid 2-1 (all of them paid: /paid 1-1 2-1)"
    )
    assert "本群" not in paid and "here" not in english


async def test_the_private_which_order_of_paid_orders_names_the_group() -> None:
    family = await bought_both_in_neighbours()
    await family.say("amy", "已收 1-1")
    await family.say("amy", "已收 2-1")

    picked = _asked_privately(family, await family.say("amy", "已取 @Kim"))
    refund = _asked_privately(family, await family.say("amy", "退款 @Kim"))
    unpaid = _asked_privately(family, await family.say("amy", "/unpaid @Kim"))

    assert picked == (
        "Kim 在「邻居群」有 2 个已付款待提货的订单：#1-1 芒果 ¥10、#2-1 苹果 ¥10。"
        "请说是哪一个：已取 2-1（几单都取了就一起发：已取 1-1 2-1）"
    )
    assert refund == "Kim 在「邻居群」有 2 个已付款订单：#1-1 芒果 ¥10、#2-1 苹果 ¥10。请说是哪一个：退款 2-1"
    assert (
        unpaid
        == "Kim 在「邻居群」有 2 个已收款的订单：#1-1 芒果 ¥10、#2-1 苹果 ¥10。请说是哪一个：/unpaid 2-1"
    )

"""Cat reported `我已付款` for #1-1; the organiser's `未收到 @Cat` and `未收到 Cat` got no reply at all.
They now act as `已收 @Cat` finds her order: the one she reported is set back to unpaid and she is told;
with two reported, which one is asked; a name nobody here has is said so. From a member who runs
nothing here `没收到 货` stays talk, and `未收到 @Cat` is told only the organiser may."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def cat_reported() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("cat", "+1")
    await chat.say("dan", "+1")
    await chat.say("amy", "截单")
    await chat.say("cat", "我已付款")
    return chat


async def test_not_received_with_a_mention_finds_her_reported_order() -> None:
    chat = await cat_reported()

    answer = await chat.say("amy", "未收到 @Cat")

    assert chat.said(answer) == "订单 #1-1（Cat）改回未付款，已告诉对方还没收到付款。"
    assert chat.private(answer) == {
        "cat": "Amy 还没有收到你订单 #1-1（芒果）的付款 ¥30。请核对一下，付好后再发“我已付款 1-1”。"
    }


async def test_not_received_with_a_bare_name_finds_her_reported_order() -> None:
    chat = await cat_reported()

    assert (
        chat.said(await chat.say("amy", "未收到 Cat"))
        == "订单 #1-1（Cat）改回未付款，已告诉对方还没收到付款。"
    )
    assert (
        chat.said(await chat.say("amy", "未收到 Kat"))
        == "本群里没有叫 Kat 的成员，没有任何改动。请改用订单编号，例如：未收到 1-1"
    )


async def test_two_reported_orders_are_asked_about() -> None:
    chat = await cat_reported()
    await chat.say("amy", "接龙 苹果 价格 12")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单 #2")
    await chat.say("cat", "我已付款 2-1")

    assert chat.said(await chat.say("amy", "未收到 @Cat")) == (
        "Cat 在本群有 2 个报了付款的订单：#1-1 芒果 ¥30、#2-1 苹果 ¥12。请说是哪一个：未收到 2-1"
    )


async def test_anyone_else_is_talk_or_told_only_the_organiser_may() -> None:
    chat = await cat_reported()

    assert await chat.say("dan", "没收到 货") == []
    assert await chat.say("dan", "没收到消息") == []
    assert chat.said(await chat.say("dan", "未收到 @Cat")) == "只有团长（Amy）可以这样做，没有任何改动。"

"""Review 96 #3: Kim held order #1-2 of 草莓 #1, just closed, with 土鸡蛋 #2 open (she is not on
it); her `不要了` was told `你还没有跟 土鸡蛋（#2），没有可以退出的`, as if she had never joined. A bare
leave soon after the close of the one she is on says it closed and that only its organiser can
cancel her order now (as her private `取消` is told); with the number it is answered as before."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_bare_leave_after_the_close_names_her_order_and_the_organiser() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 草莓 价格 25 截止 3d")
    await chat.say("bob", "+1")
    await chat.say("kim", "+2")
    await chat.say("amy", "截单 #1")
    await chat.say("amy", "接龙 土鸡蛋 价格 30 截止 3d")

    expected = "草莓（#1）已经截单了，现在只有团长 Amy 能取消订单 #1-2，没有任何改动。要取消请直接联系 Amy。"
    for said in ("不要了", "退出", "-1"):
        assert chat.said(await chat.say("kim", said)) == expected, said
    others = chat.said(await chat.say("dan", "退出"))  # on nothing, holding no order: as before
    assert others == "你还没有跟 土鸡蛋（#2），没有可以退出的，没有任何改动。"


async def test_in_english_minus_one_after_the_close_is_about_her_order() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ken", "/groupbuy Dumplings price 20")
    await chat.say("ola", "+1")
    await chat.say("ken", "/close")
    await chat.say("ken", "/groupbuy Tea price 8")

    left = chat.said(await chat.say("ola", "-1"))

    assert left == (
        "Dumplings (#1) has closed, so only its organiser Ken can cancel order #1-1 now; nothing was "
        "changed. To cancel it, ask Ken."
    )

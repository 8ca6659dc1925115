"""Review 96 #4: Pat waited for veg 2; her bare `/waitlist` then added a pork wait she never asked for.
Rae waited on 草莓 #2; her bare `候补` added a wait on 土鸡蛋 #1. A bare wait from one waiting already
tells her place(s), nothing changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_bare_waitlist_tells_her_option_wait_and_adds_no_other() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ken", "/groupbuy Dumplings options pork:20:3,veg:18:3 stock 5")
    await chat.say("mia", "+3 pork")  # pork's own stock gone
    await chat.say("lou", "+1 veg")
    await chat.say("xia", "+1 veg")  # 5 of 5
    await chat.say("pat", "/waitlist veg 2")
    await chat.say("xia", "/leave veg")  # 1 free: too few for Pat; pork still has none of its own

    told = chat.said(await chat.say("pat", "/waitlist"))

    assert told == (
        "Pat is already on the waiting list of Dumplings veg (#1) for 2, number 1 in line: freed units "
        "go down the list in order, so there is nothing more to send. Nothing was changed."
    )
    card = await chat.card(1)
    assert card.count("1 waiting") == 1, card  # veg's; nobody waits for pork


async def test_a_bare_wait_among_two_sold_out_tells_her_place_on_the_one_she_waits_for() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 30 库存 1 截止 3d")
    await chat.say("bob", "+1")
    await chat.say("amy", "接龙 草莓 价格 25 库存 2 截止 3d")
    await chat.say("cat", "+2 #2")
    await chat.say("rae", "候补 #2 2")
    await chat.say("cat", "-1 #2")  # 1 free of 草莓: too few for her; 土鸡蛋 sold out

    told = chat.said(await chat.say("rae", "候补"))

    assert told == (
        "Rae 已经在候补 草莓（#2）：候补 2 份，排第 1 位，空出来会按顺序补给你，不用再发。没有任何改动。"
    )
    assert "候补" not in await chat.card(1)

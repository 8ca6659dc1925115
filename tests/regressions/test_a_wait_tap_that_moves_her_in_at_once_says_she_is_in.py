"""s40 noticed (review 96): the card's Wait tapped while units her wait fits were free moved her in at once
(the group read `🎉 候补补上了 …`), but her tap got no toast, where the typed `候补 1` is answered. The
toast now says she is in, naming what."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_wait_tap_that_moves_her_in_toasts_that_she_is_in() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 草莓 价格 25 库存 12 限购 3 截止 3d")
    for name in ("bob", "cat", "dan", "eve"):
        await chat.say(name, "+3")
    await chat.say("rae", "候补 3")
    await chat.say("bob", "-2")  # 2 free: too few for Rae, who keeps her place

    tapped = await chat.tap("tom", "gb:wait:1")

    assert chat.toast(tapped) == "候补补上了：1 × 草莓（#1）"
    assert chat.said(tapped) == "🎉 候补补上了 草莓（#1）：Tom ×1。"
    card = await chat.card(1)
    assert "Tom ×1" in card and "候补 1 人" in card, card


async def test_in_english_with_options() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ken", "/groupbuy Dumplings options pork:20:3,veg:18:3 stock 5 limit 2")
    await chat.say("lou", "+1 veg")
    await chat.say("xia", "+1 veg")
    await chat.say("mia", "+2 pork")
    await chat.say("ola", "+1 pork")  # 5 of 5
    await chat.say("pat", "/waitlist veg 2")
    await chat.say("xia", "/leave veg")  # 1 free: too few for Pat

    tapped = await chat.tap("rex", "gb:wait:1:2")  # veg's Wait

    assert chat.toast(tapped) == "In from the waiting list: 1 × Dumplings veg (#1)"
    assert "Rex" in await chat.card(1)


async def test_a_tap_that_only_queues_still_toasts_her_place() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 草莓 价格 25 库存 2 截止 3d")
    await chat.say("bob", "+2")

    tapped = await chat.tap("tom", "gb:wait:1")

    assert chat.toast(tapped) == "已候补 1 份，排第 1 位"

"""Review 96 #8: `/waitlist` among two sold-out group buys asked "Which one do you want to wait for?",
and Eli's `#6` was ignored (the join question takes such an answer). The number (or title) answering
the wait question now waits for that one, for the quantity first typed; from anyone not asked it is talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_number_answering_the_wait_question_waits_for_that_one() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ken", "/groupbuy Tea price 5 stock 1")
    await chat.say("ken", "/groupbuy Buns price 4 stock 1")
    await chat.say("lou", "+1 #1")
    await chat.say("mia", "+1 #2")
    asked = chat.said(await chat.say("eli", "/waitlist"))
    assert asked.startswith("2 group buys here are sold out: #1 Tea · #2 Buns."), asked

    told = chat.said(await chat.say("eli", "#2"))

    assert told.startswith("Eli is on the waiting list of Buns (#2) for 1: number 1 in line."), told
    assert "1 waiting" in await chat.card(2)
    assert "waiting" not in await chat.card(1)
    assert await chat.say("fin", "#1") == []  # not asked: talk


async def test_in_chinese_the_answer_keeps_the_quantity_first_typed() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 30 库存 2 截止 3d")
    await chat.say("amy", "接龙 草莓 价格 25 库存 2 截止 3d")
    await chat.say("bob", "+2 #1")
    await chat.say("cat", "+2 #2")
    asked = chat.said(await chat.say("rae", "候补 2"))
    assert asked.startswith("这个群里有 2 个团已售罄：#1 土鸡蛋 · #2 草莓。要候补哪个？"), asked

    told = chat.said(await chat.say("rae", "草莓"))

    assert told.startswith("Rae 已候补 草莓（#2）2 份，排第 1 位。"), told
    assert "候补 1 人" in await chat.card(2)
    moved = [r.text for r in await chat.say("cat", "-2 #2") if r.text]
    assert "🎉 候补补上了 草莓（#2）：Rae ×2。" in moved, moved

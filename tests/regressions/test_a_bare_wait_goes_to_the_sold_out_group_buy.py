"""Fay, told "饺子 猪肉 已经卖完了…请发“候补 猪肉 1”", sent `候补 2` and was put on the waiting list of
Dan's 汤圆 #2, which still had stock; a bare `候补 1` among several open answered with join forms only
(`+1 #1、-1 #1、进度 #1`). A bare wait goes to what is sold out: the one just offered, else the only
one; several: asked which, with `候补 #N`; none: told to join. Never a wait on one that has stock."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _pork_sold_out() -> Chat:
    chat = fake_chat()
    await chat.say("bob", "接龙 饺子 规格 猪肉:30:2,白菜:20 截止 3d")
    await chat.say("dan", "接龙 汤圆 价格 10 库存 3 截止 3d")
    await chat.say("eve", "+2 猪肉")
    await chat.say("cat", "+2 #2")
    return chat


async def test_a_bare_wait_after_the_offer_waits_for_the_sold_out_option() -> None:
    chat = await _pork_sold_out()
    offer = chat.said(await chat.say("fay", "+1 猪肉"))
    assert "候补 猪肉 1" in offer

    said = chat.said(await chat.say("fay", "候补 2"))

    assert said.startswith("Fay 已候补 饺子 猪肉（#1）2 份，排第 1 位。")
    assert "Fay" not in await chat.card(2)


async def test_the_only_sold_out_one_is_waited_for_without_an_offer() -> None:
    chat = await _pork_sold_out()

    said = chat.said(await chat.say("gus", "候补 2"))

    assert said.startswith("Gus 已候补 饺子 猪肉（#1）2 份，排第 1 位。")


async def test_the_group_buy_just_offered_wins_over_another_sold_out() -> None:
    chat = await _pork_sold_out()
    await chat.say("cat", "+1 #2")  # 汤圆 sold out too
    await chat.say("fay", "+1 猪肉")

    said = chat.said(await chat.say("fay", "候补 1"))

    assert said.startswith("Fay 已候补 饺子 猪肉（#1）1 份，排第 1 位。")


async def test_several_sold_out_are_asked_which_with_the_wait_form() -> None:
    chat = await _pork_sold_out()
    await chat.say("cat", "+1 #2")

    said = chat.said(await chat.say("gus", "候补 1"))

    assert said == "这个群里有 2 个团已售罄：#1 饺子 · #2 汤圆。要候补哪个？请带上编号，例如 候补 #1 1。"


async def test_with_nothing_sold_out_the_wait_is_told_to_join() -> None:
    chat = fake_chat()
    await chat.say("bob", "接龙 饺子 规格 猪肉:30:2,白菜:20 截止 3d")
    await chat.say("dan", "接龙 汤圆 价格 10 库存 3 截止 3d")
    await chat.say("cat", "+2 #2")

    said = chat.said(await chat.say("gus", "候补 2"))

    assert said == (
        "这个群里在接龙的团都还有货，不用候补：#1 饺子 · #2 汤圆。直接跟团，例如 +2 #1。没有任何改动。"
    )
    assert "Gus" not in await chat.card(2)


async def test_in_english_a_bare_wait_goes_to_the_sold_out_one() -> None:
    chat = fake_chat()
    await chat.say("bob", "/groupbuy Dumplings options pork:30:2,veggie:20 ends 3d")
    await chat.say("dan", "/groupbuy Rice balls price 10 stock 3 ends 3d")
    await chat.say("eve", "+2 pork")
    await chat.say("cat", "+2 #2")

    said = chat.said(await chat.say("fay", "/waitlist 2"))

    assert said.startswith("Fay is on the waiting list of Dumplings pork (#1) for 2: number 1 in line.")


async def test_a_bare_unwait_waiting_on_two_is_asked_with_the_unwait_form() -> None:
    chat = await _pork_sold_out()
    await chat.say("cat", "+1 #2")
    await chat.say("gus", "候补 #1 1")
    await chat.say("gus", "候补 #2 1")

    said = chat.said(await chat.say("gus", "取消候补"))

    assert said == "这个群里有 2 个团在接龙：#1 饺子 · #2 汤圆。请带上编号，例如 取消候补 #1。"

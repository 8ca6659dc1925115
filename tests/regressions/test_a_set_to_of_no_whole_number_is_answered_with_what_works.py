"""Review 102 #4: `改成1.5kg` on 车厘子 sold by the kg got no reply at all (while `改成3斤`, also 1.5 kg, was
answered). A set-to of no whole number now counts where it comes to whole units of the group buy (1.5 kg
on one sold by the 斤: 3斤) and is otherwise answered with what amounts work, nothing changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_half_a_kg_by_the_whole_kg_is_answered_and_changes_nothing() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 车厘子 价格 60/kg 截止 3d")
    await chat.say("bob", "+3")
    card = await chat.card(1)

    for typed, said in (("改成1.5kg", "1.5kg"), ("改成 1.5 公斤", "1.5公斤"), ("改成1.5", "1.5")):
        answer = chat.said(await chat.say("bob", typed))
        assert answer == (
            f"车厘子（#1）按整公斤卖，改不成“{said}”，没有任何改动。"
            "要几公斤就发 改成N（N 是整数），例如 改成2公斤"
        ), typed
    assert await chat.card(1) == card
    assert chat.said(await chat.say("bob", "改成2kg")) == "Bob 现在是 2 kg 车厘子（#1）。当前 ¥60/kg。"


async def test_a_whole_number_of_its_unit_changes_the_line() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 车厘子 价格 30/斤 截止 3d")
    await chat.say("bob", "+4")

    assert chat.said(await chat.say("bob", "改成1.5kg")) == "Bob 现在是 3斤 车厘子（#1）。当前 ¥30/斤。"
    assert chat.said(await chat.say("bob", "改成2.5斤")).startswith("车厘子（#1）按整斤卖，改不成“2.5斤”")


async def test_by_the_portion_and_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Cherries price 60/kg ends 3d")
    await chat.say("bob", "+3")
    portions = fake_chat()
    await portions.say("amy", "接龙 芒果 价格 30 截止 3d")
    await portions.say("bob", "+3")

    english = chat.said(await chat.say("bob", "make it 1.5kg"))
    portion = portions.said(await portions.say("bob", "改成1.5份"))

    assert english == (
        "Cherries (#1) is sold by the whole kg, so it can't be made “1.5 kg”: nothing was changed. "
        "Send a whole number of kg, e.g. make it 2"
    )
    assert (
        portion == "芒果（#1）按整份卖，改不成“1.5”，没有任何改动。要几份就发 改成N（N 是整数），例如 改成2份"
    )

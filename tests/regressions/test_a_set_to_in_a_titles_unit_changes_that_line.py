"""Hu, on 水蜜桃 and on 大葱 1捆 with four group buys open, typed `打错了，只要1捆`: asked "请带上编号" though
捆 is what only 大葱 is sold in. A set-to in a unit word goes to the only one of hers sold in it (its unit,
or its title naming it), her line changed; in English too (`make it 1kg`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_only_one_bundle_changes_the_green_onions_line() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("amy", "接龙 水蜜桃 规格 小盒:30,大盒:50")
    await chat.say("amy", "接龙 大葱 1捆 价格 5")
    await chat.say("hu", "+1 #2 小盒")
    await chat.say("hu", "+2 #3")

    changed = Chat.said(await chat.say("hu", "打错了，只要1捆"))

    assert changed == "Hu 现在是 1 × 大葱 1捆（#3）。当前 ¥5/份。"


async def test_make_it_one_kg_changes_the_line_sold_by_the_kg() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 20")
    await chat.say("amy", "/groupbuy Lychees price 12/kg")
    await chat.say("hu", "+1 #1")
    await chat.say("hu", "+3kg #2")

    changed = Chat.said(await chat.say("hu", "make it 1kg"))

    assert changed == "Hu now has 1 kg of Lychees (#2). Now ¥12/kg."

"""Session 16 (ha; review fg 1): `代报 王阿姨 1kg` on a per-斤 group buy added 2斤 but said only
`王阿姨 2斤`, where a join `+1kg` says `1 kg = 2斤`. 代报 says the conversion the same way, for a guest, a
member's line and in English; an amount typed in the unit itself says none."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_add_in_kilos_says_what_it_came_to() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 成团 20")
    await chat.say("bob", "+1")

    guest = chat.said(await chat.say("amy", "代报 王阿姨 1kg"))
    more = chat.said(await chat.say("amy", "代报 王阿姨 500g"))
    same = chat.said(await chat.say("amy", "代报 王阿姨 2斤"))
    member = chat.said(await chat.say("amy", "代报 Bob 1kg"))

    assert guest == "Amy 代报：王阿姨 2斤 · 荔枝（#1），订单由 Amy 收款。1 kg = 2斤。当前 ¥15/斤。"
    assert more == (
        "Amy 代报：给 王阿姨 加了 1斤，现在是 3斤 荔枝（#1），订单由 Amy 收款。500 g = 1斤。当前 ¥15/斤。"
    )
    assert "=" not in same, same
    assert member == "Amy 帮 Bob 加了 2斤：Bob 现在是 3斤 荔枝（#1）。1 kg = 2斤。当前 ¥15/斤。"


async def test_in_english_too() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 15/kg target 20")

    added = chat.said(await chat.say("amy", "/add Wang 1000 g"))

    assert added == (
        "Amy added Wang (not in this chat): 1 kg of Lychees (#1); their order goes to Amy. 1000 g = 1 kg. "
        "Now ¥15/kg."
    )

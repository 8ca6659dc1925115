"""Session 16 review (ra 10): `代报 王阿姨 1公斤 #2` (the number last) asked which group buy, though
`代报 #2 王阿姨 500g` worked and joins take `#N` anywhere. 代报 and `/add` take it anywhere after the name."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "first", "second", "added", "reply"),
    [
        (
            "zh",
            "接龙 苹果 价格 10",
            "接龙 烟台苹果 价格 15元/斤",
            "代报 王阿姨 1公斤 #2",
            "Amy 代报：王阿姨 2斤 · 烟台苹果（#2），订单由 Amy 收款。1公斤 = 2斤。",
        ),
        (
            "zh",
            "接龙 苹果 价格 10",
            "接龙 烟台苹果 价格 15元/斤",
            "代报 王阿姨 #2 3",
            "Amy 代报：王阿姨 3斤 · 烟台苹果（#2）",
        ),
        (
            "en",
            "/groupbuy Apples price 10",
            "/groupbuy Fuji Apples price 15/kg",
            "/add Wang 2 kg #2",
            "Amy added Wang (not in this chat): 2 kg of Fuji Apples (#2); their order goes to Amy.",
        ),
    ],
)
async def test_the_group_buy_number_after_the_guests_name_names_the_group_buy(
    lang: str, first: str, second: str, added: str, reply: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", first)
    await chat.say("amy", second)

    assert chat.said(await chat.say("amy", added)).startswith(reply)
    assert "王阿姨" not in await chat.card(1) and "Wang" not in await chat.card(1)
    assert "(added by Amy)" in await chat.card(2) or "（Amy 代报）" in await chat.card(2)


async def test_the_number_last_with_a_note_keeps_the_note() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 苹果 价格 10")
    await chat.say("amy", "接龙 烟台苹果 价格 15元/斤")

    await chat.say("amy", "代报 王阿姨 2 3号楼 #1")

    assert (await chat.card(1)).endswith("\n\n1. 王阿姨 ×2（Amy 代报） · 3号楼")

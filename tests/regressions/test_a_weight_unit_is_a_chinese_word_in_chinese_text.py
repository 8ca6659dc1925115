"""Session 16 (ha; review fg 16): on 车厘子 `价格 12/kg`, Chinese replies read
`按kg卖，“3斤”是 1.5 kg，不是整kg数` and `要几kg就发 +几`. Where the unit is said as a word,
Chinese says 公斤 (克 for g): `按公斤卖`, `不是整公斤数`, `要几公斤`, the export's
`数量（公斤）`; an amount keeps the symbol, as the price tag does everywhere (`¥12/kg`, `1 kg`).
English is unchanged."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_per_kg_group_buys_refusals_say_gongjin() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 车厘子 价格 12/kg 成团 2")

    jin = chat.said(await chat.say("bob", "+3斤"))
    box = chat.said(await chat.say("bob", "+2箱"))
    english = chat.said(await chat.say("bob", "+3 jin", language="en"))

    assert jin == (
        "车厘子（#1）按公斤卖，“3斤”是 1.5 kg，不是整公斤数。要 1 kg 就发 +1，要 2 kg 就发 +2。没有任何改动。"
    )
    assert box.startswith("车厘子（#1）按公斤卖，“2箱”不是它的数量。要几公斤就发 +几"), box
    assert "sold by the kg" in english and "公斤" not in english, english


async def test_the_exports_columns_say_gongjin() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 车厘子 价格 12/kg 成团 2")
    await chat.say("bob", "+2")

    exported = [r.document for r in await chat.say("amy", "导出") if r.document is not None]

    names = [column.title for column in exported[0].sheets[0].columns]
    assert "数量（公斤）" in names and "单价（每公斤）" in names, names

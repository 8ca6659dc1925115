"""Session 15 (fo, review fg 2): `接龙 砂糖橘 规格 甜的:8元/斤,酸的:6元/斤` opened as `甜的 ¥8 / 酸的
¥6/份` (the unit dropped), `+1kg 酸的` then joined 1份 with the note "kg" (¥6 for
what the buyer thought was 1 kg), and `修改 #1 甜的 价格 7元/斤` dropped the unit again.
Options are sold by the 份: an option priced per a unit is refused with what to
send, at opening and in an edit, nothing changed; a weight glued to a join's
number on a group buy sold by the 份 is refused as no quantity of it, never kept
as a note."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_opening_with_options_priced_per_a_unit_is_refused() -> None:
    chat = fake_chat()

    zh = chat.said(await chat.say("amy", "接龙 砂糖橘 规格 甜的:8元/斤,酸的:6元/斤 库存 50"))
    en = chat.said(await chat.say("amy", "/groupbuy Tea options green:8/kg,black:6"))

    assert zh == (
        "规格“甜的”的价格写成了每斤（8元/斤）：有规格的团按份卖，规格的价格是一份多少钱，例如 规格 甜的:8元。"
        "要按斤卖就不分规格开团，例如 价格 8元/斤。没有任何改动。"
    )
    assert en == (
        "Option “green” is priced per kg (8/kg): options are sold by the portion, so an option's price is "
        "one portion's, e.g. options green:8. To sell by the kg, open it without options, e.g. price 8/kg. "
        "Nothing was changed."
    )
    assert (await chat.card()) == "团购 #1 已不存在。"


async def test_an_options_price_edited_per_a_unit_is_refused_and_a_weight_is_no_note() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 砂糖橘 规格 甜的:8,酸的:6 库存 50")
    before = await chat.card()

    edited = chat.said(await chat.say("amy", "修改 #1 甜的 价格 7元/斤"))
    en = chat.said(await chat.say("amy", "/edit #1 甜的 price 7/kg"))
    joined = chat.said(await chat.say("cat", "+1kg 酸的"))

    assert edited == (
        "规格按份卖，“甜的”的价格不能写成每斤。"
        "只改价格就写一份多少钱，不写单位，例如：修改 #1 甜的 价格 ¥7。没有任何改动。"
    )
    assert en == (
        "Options are sold by the portion, so “甜的” cannot be priced per kg. To change only its price, leave "
        "the unit out, e.g. /edit #1 甜的 price ¥7. Nothing was changed."
    )
    assert joined == "砂糖橘（#1）按份卖，“1 kg”不是它的数量。要几份就发 +几，例如 +1。没有任何改动。"
    assert await chat.card() == before

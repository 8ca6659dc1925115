"""Session 14 (FJ): a group buy priced per a unit (`价格 15元/斤`, `price 12/kg`) kept its unit and counted
joins in it (tests/regressions/test_a_quantity_in_the_unit_a_group_buy_is_sold_in_counts.py), but every
text still said its price per 份 / "each" (`当前 ¥15/份`, "Now ¥15 each") and its quantities as portions
(`2 × 荔枝`, `×2`). Every text showing its unit price now says its unit (`¥15/斤`, "¥12/kg"), its
quantities in it (`2斤 荔枝`, "2 kg of Lychees", `×2斤`, `满10斤`), one function for all of them
(handlers/texts/units.py): the announcement, the card, a join's and a leave's reply, the price asked, the
close and each order, /list, the console's edit form. `修改 #1 价格 12元/斤` sets the unit as opening
does; once people joined, counted in the old unit, a new unit is refused, nothing changed. A group buy
with no unit reads as ever."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.console.gb_forms import current_fields
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

TZ = ZoneInfo("Asia/Shanghai")


async def test_its_unit_is_said_with_its_price_and_quantities_in_chinese() -> None:
    chat = fake_chat()

    opened = chat.said(await chat.say("amy", "接龙 荔枝 价格 15元/斤 阶梯 10:13 成团 3"))
    joined = chat.said(await chat.say("xiaoli", "+2斤", name="小李"))
    asked = chat.said(await chat.say("bob", "问 多少钱"))
    card = await chat.card()

    assert "团购 #1 开团了：荔枝，¥15/斤。" in opened
    assert joined == "小李 跟团：2斤 荔枝（#1）。当前 ¥15/斤，再 8斤 ¥13/斤。"
    assert asked == "荔枝（#1）：当前 ¥15/斤，再 8斤 ¥13/斤。"
    assert "单价：¥15/斤 · 再 8斤 ¥13/斤" in card
    assert "阶梯价：满10斤 ¥13/斤\n" in card
    assert card.endswith("\n\n1. 小李 2斤")

    lowered = chat.said(await chat.say("xiaoli", "-1", name="小李"))
    assert lowered == "小李 现在是 1斤 荔枝（#1）。当前 ¥15/斤，再 9斤 ¥13/斤。"


async def test_the_close_and_each_order_say_its_unit_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 成团 3")
    await chat.say("xiaoli", "+3斤", name="小李")

    closed = await chat.say("amy", "截单")

    assert Chat.said(closed).startswith("✅ 荔枝（#1）成团了：¥15/斤，共 1 个订单、3斤。")
    assert "荔枝：3斤 × ¥15 = ¥45" in Chat.private(closed)["xiaoli"]
    assert "✅ 已成团，成交价 ¥15/斤，共 3斤" in await chat.card()
    assert chat.said(await chat.say("bob", "问 多少钱")) == "荔枝（#1）成交价 ¥15/斤。"


async def test_its_unit_is_said_with_its_price_and_quantities_in_english() -> None:
    chat = fake_chat(default_language="en")

    opened = chat.said(await chat.say("amy", "/groupbuy Lychees price 12/kg tiers 10:10 target 3"))
    joined = chat.said(await chat.say("bob", "+2 kg"))
    card = await chat.card()

    assert "Group buy #1 is open: Lychees at ¥12/kg." in opened
    assert joined == "Bob is in: 2 kg of Lychees (#1). Now ¥12/kg — 8 kg more for ¥10/kg."
    assert "Price: ¥12/kg · 8 kg more for ¥10/kg" in card
    assert "Tiers: from 10 kg ¥10/kg\n" in card
    assert card.endswith("\n\n1. Bob 2 kg")

    await chat.say("cat", "+1")
    closed = await chat.say("amy", "/close")

    assert Chat.said(closed).startswith("✅ Lychees (#1) succeeded at ¥12/kg: 2 orders, 3 kg.")
    assert "Lychees: 2 kg × ¥12 = ¥24" in Chat.private(closed)["bob"]
    assert "✅ Succeeded at ¥12/kg: 3 kg" in await chat.card()


async def test_an_edit_sets_the_unit_as_opening_does() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15 成团 3")

    zh = chat.said(await chat.say("amy", "修改 #1 价格 12元/斤"))
    en = chat.said(await chat.say("amy", "/edit #1 price 10/kg"))
    kept = chat.said(await chat.say("amy", "修改 #1 价格 9"))

    assert zh.startswith("已修改 荔枝（#1）：价格 ¥12/斤。"), zh
    assert en.startswith("Updated 荔枝 (#1): price ¥10/kg."), en
    assert kept.startswith("已修改 荔枝（#1）：价格 ¥9/kg。"), kept
    assert "单价：¥9/kg" in await chat.card()
    joined = chat.said(await chat.say("xiaoli", "+2 kg", name="小李"))
    assert joined.startswith("小李 跟团：2 kg 荔枝（#1）。当前 ¥9/kg。"), joined


async def test_a_new_unit_once_people_joined_is_refused_nothing_changed() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 成团 3")
    await chat.say("xiaoli", "+2斤", name="小李")
    before = await chat.card()

    zh = chat.said(await chat.say("amy", "修改 #1 价格 12元/箱"))
    en = chat.said(await chat.say("amy", "/edit #1 price 12 each"))

    assert zh == (  # no example reusing ¥12 typed per 箱: it would be ¥12/斤 (session 15, fo)
        "荔枝（#1）已经有人跟团了，大家的数量是按原来的单位算的，现在不能改单位。没有任何改动。"
        "只改价格就按原来的单位算、不写单位（现在 ¥15/斤）。"
    )
    assert en == (
        "People have already joined 荔枝 (#1), counted in the unit it is sold in, so its unit cannot "
        "change now. Nothing was changed. To change only the price, give it in the unit it is sold in "
        "and leave the unit out (now ¥15/jin)."  # in English (session 21, review 22)
    )
    assert await chat.card() == before
    lowered = chat.said(await chat.say("amy", "修改 #1 价格 12元/斤"))
    assert lowered.startswith("已修改 荔枝（#1）：价格 ¥12/斤。"), lowered


async def test_a_group_buy_without_a_unit_reads_as_before() -> None:
    chat = fake_chat()
    opened = chat.said(await chat.say("amy", "接龙 芒果 价格 88 阶梯 10:78 成团 3"))
    joined = chat.said(await chat.say("bob", "+2"))

    assert "芒果，¥88/份。" in opened
    assert joined == "Bob 跟团：2 × 芒果（#1）。当前 ¥88/份，再 8 份 ¥78。"
    card = await chat.card()
    assert "单价：¥88/份 · 再 8 份 ¥78" in card and "满10份 ¥78" in card
    assert card.endswith("\n\n1. Bob ×2")


async def test_the_consoles_edit_form_shows_the_price_with_its_unit() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 成团 3")
    await chat.say("amy", "接龙 芒果 价格 88 成团 3")

    lychees, mangoes = (current_fields(factory.state.group_buys[i], TZ, "zh") for i in (1, 2))

    assert (lychees["price"], mangoes["price"]) == ("15.00/斤", "88.00")  # posted back, it keeps the unit

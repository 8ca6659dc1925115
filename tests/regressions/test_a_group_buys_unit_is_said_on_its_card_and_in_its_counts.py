"""Session 15 (FE 11): on a group buy sold per kg (or per box) the card said `Stock left: 40`, `Limit: 6
per person` and `0/5`; replies said "limited to 6 per person", "This group buy has formed (5 units)",
"Stock can't go below the 7 units already taken", "did not reach its target (2/5)", "Amy removed you
(×1)"; a help-sold card "(15 units taken in other groups)", the organiser's total of a help-sold close
"3 orders, 6 units", the exported list's column "Quantity", the console's Sold / target `18/5` and its
Orders' Quantity `3`. Each now says the unit (`40 kg`, `6斤`, `2/5 boxes`); a group buy without a unit
reads as before."""

from __future__ import annotations

from pathlib import Path

from commerce.domain.listings import card_key
from handlers.texts import t
from tests.fakes import FakeClock
from tests.helpsell_chats import help_sold
from tests.unit.bot.console.console_client import console_world
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_card_and_the_refusals_say_the_unit_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 12/kg target 5 stock 40 limit 6")
    card = await chat.card()
    await chat.say("bob", "+3 kg")
    first = chat.said(await chat.say("cat", "+7"))
    await chat.say("cat", "+2")
    formed = chat.said(await chat.say("bob", "-1"))
    more = chat.said(await chat.say("bob", "+4"))
    stock = chat.said(await chat.say("amy", "/edit stock 2"))
    removed = await chat.say("amy", "/remove @cat")
    short = chat.said(await chat.say("amy", "/close"))

    assert "\n░░░░░░░░░░ 0/5 kg\nStock left: 40 kg · Limit: 6 kg per person\n" in card, card
    assert first == "Sorry, Lychees is limited to 6 kg per person: send at most +6. Nothing was changed."
    assert formed.startswith(
        "Lychees (#1) has formed (5 kg taken, target 5 kg): taking that off would bring it down to 4 kg"
    ), formed
    assert more == (
        "Sorry, Lychees is limited to 6 kg per person and you already have 3 kg, so you may take 3 kg more. "
        "Nothing was changed."
    )
    assert stock.startswith("Stock 2 won't work yet, nothing was changed: 5 kg are already taken"), stock
    assert Chat.private(removed)["cat"].startswith("Amy removed you (2 kg) from Lychees (#1)."), removed
    assert short.startswith("It cannot close yet: 3 of 5 kg so far."), short


async def test_the_card_and_the_refusals_say_the_unit_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 成团 5 库存 40 限购 6")
    card = await chat.card()
    await chat.say("bob", "+3斤")
    more = chat.said(await chat.say("bob", "+4"))
    await chat.say("cat", "+2")
    formed = chat.said(await chat.say("bob", "-1"))
    await chat.say("amy", "踢出 @cat")
    short = chat.said(await chat.say("amy", "截单"))

    assert "\n░░░░░░░░░░ 0/5斤\n剩余库存：40斤 · 每人限购 6斤\n" in card, card
    assert more == "抱歉，荔枝 每人限购 6斤，你已经有 3斤了，还能再要 3斤，没有任何改动。"
    assert formed.startswith("荔枝（#1）已经成团（成团要 5斤，现在共 5斤），减掉后只剩 4斤"), formed
    assert short.startswith("还不能截单：目前 3/5斤。"), short


async def test_a_failed_one_says_its_target_in_its_unit() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock, default_language="en")
    await chat.say("amy", "/groupbuy Cherries price 20 per box target 5 ends 2h")
    await chat.say("bob", "+2")
    clock.advance(hours=3)

    told = await chat.app.expire(1)

    assert "❌ Cherries (#1) did not reach its target (2/5 boxes). Nobody is charged." in Chat.said(told)
    assert "\n▓▓▓▓░░░░░░ 2/5 boxes\n❌ Did not reach the target (2/5 boxes): nobody is charged" in (
        await chat.card()
    )


async def test_a_group_buy_without_a_unit_reads_as_before() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Rice price 8 target 5 stock 40 limit 6")
    card = await chat.card()
    await chat.say("bob", "+3")
    more = chat.said(await chat.say("bob", "+4"))
    zh = fake_chat()
    await zh.say("amy", "接龙 大米 价格 8 成团 5 库存 40 限购 6")
    zh_card = await zh.card()
    await zh.say("bob", "+3")
    zh_more = zh.said(await zh.say("bob", "+4"))
    zh_short = zh.said(await zh.say("amy", "截单"))

    assert "\n░░░░░░░░░░ 0/5\nStock left: 40 · Limit: 6 per person\n" in card, card
    assert more.startswith(
        "Sorry, Rice is limited to 6 per person and you already have 3, so you may take 3 more."
    )
    assert "\n░░░░░░░░░░ 0/5\n剩余库存：40 · 每人限购 6 份\n" in zh_card, zh_card
    assert zh_more == "抱歉，大米 每人限购 6 份，你已经有 3 份了，还能再要 3 份，没有任何改动。"
    assert zh_short.startswith("还不能截单：目前 3/5 份。"), zh_short


async def test_a_help_sold_card_and_the_organisers_total_say_the_unit() -> None:
    family, office = await help_sold(
        "/groupbuy Lychees price 12/kg target 1",
        title="Office",
        rate="/helpsell on 10%",  # her words English: her private summary is (session 33)
        listing="/helpsell #1",
        default_language="en",
    )
    await family.say("dan", "+3 kg")
    empty = await office.card(card_key(1))
    await office.say("cat", "+2")
    closed = await family.say("amy", "/close")
    listed = family.said(await family.say("amy", "/list #1", private=True))

    assert empty.endswith("Nobody here has joined yet (3 kg taken in other groups): send +1 to join"), empty
    [total] = [reply.text for reply in closed if reply.private_to == "amy"]  # her one summary
    assert total.startswith("Closed: Lychees (#1) succeeded at ¥12/kg: 2 orders, 5 kg, ¥60 to collect.")
    by_group = "\nBy group: 1 order, 3 kg in the group buy's own group; 1 order, 2 kg in Office (help-sold"
    assert by_group in total, total
    assert listed.endswith("🤝 Help-selling: Bob (Office) 2 kg"), listed  # her private list


async def test_the_exported_list_heads_its_quantity_with_the_unit() -> None:
    assert t("en", "col_quantity_in_unit", unit="kg") == "Quantity (kg)"
    assert t("zh", "col_quantity_in_unit", unit="斤") == "数量（斤）"
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 12/kg")
    await chat.say("bob", "+3 kg")

    sent = await chat.say("amy", "/export", private=True)

    [sheet] = next(reply.document for reply in sent if reply.document is not None).sheets
    headers = [column.title for column in sheet.columns]
    assert "Quantity (kg)" in headers and "Unit price per kg" in headers, headers
    assert sheet.rows[0][3] == 3


async def test_the_console_says_sold_target_and_quantities_in_the_unit(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Lychees price 12/kg target 5")
        await world.say("family", "bob", "+3 kg")
        await world.say("family", "amy", "/groupbuy Rice price 8 target 5")
        await world.say("family", "bob", "+2 #2")
        amy = await world.member("amy")

        listed = (await amy.get("/group-buys")).text
        orders = (await amy.get("/orders")).text

        assert "<td>3/5 kg</td>" in listed and "<td>2/5</td>" in listed, listed
        assert "<td>3 kg</td>" in orders and "<td>2</td>" in orders, orders

"""The organiser's private `名单 #1` and her `导出 #1` did not say which group a help-sold (帮卖) buyer
came from: she could not tell her own group's buyers from a help-seller's. Each line made in a group
that lists the group buy now names that group (`· 群：街坊群`), and the export of a help-sold group buy
has a last column naming each buyer's group (written as text: a group named `=…` is no formula)."""

from __future__ import annotations

from bot.export_files import csv_bytes
from handlers.types import Document
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _help_sold(street_title: str = "街坊群") -> Chat:
    family = fake_chat(FakeUnitOfWorkFactory())
    family.title = "家人群"
    street = Chat(family.app, chat_id="street", title=street_title)
    await family.say("amy", "接龙 面包 价格 10 成团 1")
    await family.say("amy", "帮卖 开 10%")
    await street.say("bob", "帮卖 #1")
    await family.say("cat", "+1")
    await street.say("eve", "+2")
    return family


async def test_the_organisers_private_list_names_a_help_sold_buyers_group() -> None:
    family = await _help_sold()

    text = family.said(await family.say("amy", "名单 #1", private=True))

    lines = text.splitlines()
    assert lines[1] == "1. Cat ×1 · ¥10"  # her own group's: the header names it
    assert lines[2] == "2. Eve ×2 · 群：街坊群 · ¥20"


async def _export(chat: Chat) -> Document:
    """The XLSX document of the organiser's private `导出 #1` (the CSV holds the same sheet)."""
    found = next(r.document for r in await chat.say("amy", "导出 #1", private=True) if r.document)
    assert found is not None
    return found


async def test_the_export_has_a_group_column_for_a_help_sold_group_buy() -> None:
    family = await _help_sold()

    [sheet] = (await _export(family)).sheets

    assert sheet.columns[-1].title == "群"
    assert [row[-1] for row in sheet.rows] == ["家人群", "街坊群"]


async def test_a_group_named_like_a_formula_stays_text_in_the_csv() -> None:
    family = await _help_sold(street_title="=HYPERLINK(1)")

    rows = csv_bytes((await _export(family)).sheets[0]).decode("utf-8-sig").splitlines()

    assert rows[0].endswith(",群") and rows[2].endswith(",'=HYPERLINK(1)")


async def test_a_group_buy_nobody_lists_exports_without_a_group_column() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    await family.say("amy", "接龙 面包 价格 10")
    await family.say("cat", "+1")

    [sheet] = (await _export(family)).sheets

    assert "群" not in [column.title for column in sheet.columns]

"""The files built from a document's table (bot/export_files.py): XLSX with money as numbers, Chinese
column widths counted double, a sheet per pickup point with names Excel takes; CSV in UTF-8 with a BOM."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from bot.export_files import amount, build, display_width
from handlers.types import Column, Document, Sheet

COLUMNS = (Column("昵称"), Column("数量", "number"), Column("金额", "money"), Column("Note"))


def _sheet(name: str, currency: str = "CNY") -> Sheet:
    return Sheet(
        name=name,
        columns=COLUMNS,
        rows=(("王阿姨", 1, 123456, "要大个的，谢谢团长"), ("Bob", 2, 5, None)),
        totals=("合计", 3, 123461, None),
        currency=currency,
        notes=("💰 已收 ¥1,234.61",),
    )


def test_east_asian_wide_characters_count_two_columns() -> None:
    assert display_width("Bob") == 3
    assert display_width("王阿姨") == 6
    assert display_width("３号楼 502") == 2 + 2 + 2 + 1 + 3  # full-width digits are wide too


def test_amounts_are_exact_decimals_in_the_currencys_units() -> None:
    assert amount(123456, "CNY") == Decimal("1234.56")
    assert amount(50, "XTR") == Decimal("50")


def test_an_xlsx_has_a_sheet_per_pickup_point_with_names_excel_takes() -> None:
    sheets = (_sheet("小区南门 [东]"), _sheet("a/b:c*d?" + "x" * 40), _sheet("小区南门 [东]"))
    built = build(Document("tuan-1", "xlsx", sheets))

    book = load_workbook(io.BytesIO(built.content))
    assert built.filename == "tuan-1.xlsx"
    assert book.sheetnames == ["小区南门 -东-", "a-b-c-d-" + "x" * 23, "小区南门 -东- (2)"]
    sheet = book.worksheets[0]
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == [
        ["昵称", "数量", "金额 (CNY)", "Note"],
        ["王阿姨", 1, 1234.56, "要大个的，谢谢团长"],  # written exactly (from a Decimal), read as numbers
        ["Bob", 2, 0.05, None],
        ["合计", 3, 1234.61, None],
        [None, None, None, None],
        ["💰 已收 ¥1,234.61", None, None, None],
    ]
    assert sheet["C2"].number_format == "#,##0.00"
    assert [sheet.column_dimensions[c].width for c in "ABCD"] == [6 + 2, 4 + 2, 10 + 2, 18 + 2]
    assert sheet["A1"].font.bold and sheet["A4"].font.bold and not sheet["A2"].font.bold


def test_stars_have_no_decimals() -> None:
    sheet = load_workbook(io.BytesIO(build(Document("t", "xlsx", (_sheet("s", "XTR"),))).content)).active
    assert (sheet["C2"].value, sheet["C2"].number_format) == (123456, "#,##0")


def test_a_csv_is_the_first_sheet_in_utf8_with_a_bom() -> None:
    built = build(Document("tuan-1", "csv", (_sheet("one"), _sheet("two"))))

    assert (built.filename, built.mime) == ("tuan-1.csv", "text/csv")
    assert built.content.startswith("\ufeff昵称,数量,金额 (CNY),Note\r\n".encode())
    assert built.content.decode("utf-8-sig").split("\r\n") == [
        "昵称,数量,金额 (CNY),Note",
        "王阿姨,1,1234.56,要大个的，谢谢团长",
        "Bob,2,0.05,",
        "合计,3,1234.61,",
        "",
        '"💰 已收 ¥1,234.61"',  # quoted: it holds a comma
        "",
    ]


def test_a_kind_no_platform_sends_is_refused() -> None:
    with pytest.raises(ValueError, match="no file of kind 'pdf'"):
        build(Document("tuan-1", "pdf", (_sheet("one"),)))

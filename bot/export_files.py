"""Files from the tables handlers send (`handlers.types.Document`): XLSX with openpyxl, CSV in UTF-8 with BOM.

Handlers produce a platform-neutral table (they may not import openpyxl, and an outbox row should hold
rows, not bytes); each platform's sender calls `build()` when it sends the document: Telegram's
transport (`sendDocument`), WeChat's (a file message), the playground (a download link on its own
server). So the bytes are made once, at the moment they leave, from the table written with the change.

- XLSX: one worksheet per sheet, its heading row bold and frozen, money as numbers with the
  currency's decimals (so a supplier can sum them), a bold totals row, the notes under the table, and
  every column as wide as its widest cell, counting East Asian wide characters (Chinese) as two.
- CSV: the first sheet: heading, rows, totals, a blank line, the notes; UTF-8 with a BOM, which Excel and
  WPS need to read Chinese, and amounts as plain decimals (`1234.50`).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from commerce.domain.money import exponent
from handlers.types import Cell, Column, Document, Sheet

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MIME = "text/csv"
MAX_WIDTH = 60  # characters: a long note wraps the view, not the sheet
MIN_WIDTH = 4
MAX_SHEET_TITLE = 31  # Excel's limit
_SHEET_UNSAFE = re.compile(r"[\[\]:*?/\\]")  # what Excel refuses in a sheet's name
_BOLD = Font(bold=True)


@dataclass(frozen=True)
class File:
    filename: str
    content: bytes
    mime: str


def build(document: Document) -> File:
    """The file a document stands for; `ValueError` for a kind no platform can send."""
    if document.kind == "xlsx":
        return File(document.filename, xlsx(document.sheets), XLSX_MIME)
    if document.kind == "csv":
        return File(document.filename, csv_bytes(document.sheets[0]), CSV_MIME)
    raise ValueError(f"no file of kind {document.kind!r}")


def display_width(text: str) -> int:
    """How many columns `text` takes in a spreadsheet: East Asian wide and full-width characters two."""
    return sum(2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in text)


def amount(minor: int, currency: str) -> Decimal:
    """Minor units as the amount they are (`12345` CNY -> `123.45`), exactly: money never meets a float."""
    return Decimal(minor).scaleb(-exponent(currency))


# Text a spreadsheet would run as a formula (CSV injection): a buyer named `=HYPERLINK(…)` or a note
# `@SUM(…)` must reach the organiser's Excel as the text it is.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(text: str) -> str:
    """CSV: text that would start a formula, kept as text by a leading apostrophe (Excel's own mark)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _heading(column: Column, currency: str) -> str:
    return f"{column.title} ({currency})" if column.kind == "money" and currency else column.title


def _shown(cell: Cell, column: Column, currency: str) -> str:
    """A cell as text (CSV, and to measure its width)."""
    if cell is None:
        return ""
    if column.kind == "money" and isinstance(cell, int):
        return str(amount(cell, currency))
    return str(cell)


# -- XLSX ------------------------------------------------------------------------------------------------
def xlsx(sheets: tuple[Sheet, ...]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for sheet in sheets:
        _worksheet(book, sheet, _sheet_title(sheet.name, used))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet_title(name: str, used: set[str]) -> str:
    """A name Excel takes: at most 31 characters, none of `[]:*?/\\`, unique in the workbook."""
    base = _SHEET_UNSAFE.sub("-", name).strip("' ")[:MAX_SHEET_TITLE] or "Sheet"
    title, n = base, 1
    while title.lower() in used:
        n += 1
        suffix = f" ({n})"
        title = base[: MAX_SHEET_TITLE - len(suffix)] + suffix
    used.add(title.lower())
    return title


def _worksheet(book: Workbook, sheet: Sheet, title: str) -> None:
    ws = book.create_sheet(title)
    columns, currency = sheet.columns, sheet.currency
    decimals = exponent(currency) if currency else 2
    money_format = "#,##0." + "0" * decimals if decimals else "#,##0"
    widths = [display_width(_heading(column, currency)) for column in columns]
    ws.append([_heading(column, currency) for column in columns])
    for cell in ws[1]:
        cell.font = _BOLD
    body = [*sheet.rows, sheet.totals] if sheet.totals else list(sheet.rows)
    for values in body:
        ws.append([_value(value, column, currency) for value, column in zip(values, columns, strict=True)])
        row = ws.max_row
        _as_text(ws[row])
        for n, (value, column) in enumerate(zip(values, columns, strict=True)):
            widths[n] = max(widths[n], display_width(_shown(value, column, currency)))
            if column.kind == "money" and isinstance(value, int):
                ws.cell(row=row, column=n + 1).number_format = money_format
    if sheet.totals:
        for cell in ws[ws.max_row]:
            cell.font = _BOLD
    if sheet.notes:
        ws.append([])
        for note in sheet.notes:
            ws.append([note])  # a note spans the columns as it is: it sets no column's width
            _as_text(ws[ws.max_row])
    for n, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(n)].width = min(max(width, MIN_WIDTH), MAX_WIDTH) + 2
    ws.freeze_panes = "A2"


def _as_text(cells: Any) -> None:
    """XLSX: openpyxl takes a string starting with `=` for a formula; every string cell stays a string."""
    for cell in cells:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def _value(cell: Cell, column: Column, currency: str) -> str | int | Decimal | None:
    if column.kind == "money" and isinstance(cell, int):
        return amount(cell, currency)
    return cell


# -- CSV -------------------------------------------------------------------------------------------------
def csv_bytes(sheet: Sheet) -> bytes:
    """The sheet as CSV, UTF-8 with a BOM (`utf-8-sig`): heading, rows, totals, a blank line, the notes."""
    out = io.StringIO()
    writer = csv.writer(out)
    columns, currency = sheet.columns, sheet.currency
    writer.writerow([_heading(column, currency) for column in columns])
    for values in [*sheet.rows, sheet.totals] if sheet.totals else sheet.rows:
        writer.writerow(
            [_csv_cell(value, column, currency) for value, column in zip(values, columns, strict=True)]
        )
    if sheet.notes:
        writer.writerow([])
        for note in sheet.notes:
            writer.writerow([inert(note)])
    return out.getvalue().encode("utf-8-sig")


def _csv_cell(cell: Cell, column: Column, currency: str) -> str:
    """A CSV cell: amounts and counts as they are (`-5.00` is a refund), text made inert."""
    shown = _shown(cell, column, currency)
    return shown if isinstance(cell, int | Decimal) else inert(shown)

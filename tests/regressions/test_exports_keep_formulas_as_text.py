"""An exported list never runs what members typed as a spreadsheet formula (CSV/XLSX injection): a buyer
named `=HYPERLINK(…)` or a note `@SUM(…)` reaches the organiser's Excel as text, while amounts (a
refund's `-5.00`) stay numbers."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from bot.export_files import csv_bytes, xlsx
from handlers.types import Column, Sheet

SHEET = Sheet(
    name="芒果",
    columns=(Column("名字"), Column("备注"), Column("金额", "money")),
    rows=(
        ('=HYPERLINK("http://evil.example","点我")', "@SUM(A1:A9)", 8800),
        ("Bob", "+1 3号楼", -500),
    ),
    currency="CNY",
    notes=("=1+1",),
)


def test_csv_cells_that_would_start_a_formula_are_kept_as_text() -> None:
    lines = csv_bytes(SHEET).decode("utf-8-sig").splitlines()
    assert lines[1] == '"\'=HYPERLINK(""http://evil.example"",""点我"")",\'@SUM(A1:A9),88.00'
    assert lines[2] == "Bob,'+1 3号楼,-5.00"
    assert lines[-1] == "'=1+1"


def test_xlsx_cells_that_look_like_formulas_are_strings() -> None:
    sheet = load_workbook(io.BytesIO(xlsx((SHEET,))))["芒果"]
    name, note, total = (sheet.cell(row=2, column=n) for n in (1, 2, 3))
    assert (name.data_type, name.value) == ("s", '=HYPERLINK("http://evil.example","点我")')
    assert (note.data_type, note.value) == ("s", "@SUM(A1:A9)")
    assert total.data_type == "n"
    assert sheet.cell(row=5, column=1).data_type == "s"  # the note under the table

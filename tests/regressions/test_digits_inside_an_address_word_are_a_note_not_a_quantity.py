"""`/join 3号楼 2` joined 3 with the note `号楼 2`: the digit inside the address word was read as the
quantity. A word with digits inside it (`3号楼`, `12栋502`) is a note; the standalone amount is the
quantity (`/join 3号楼 2`: 2 with the note 3号楼), none standing alone: one."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("/join 3号楼 2", "Eve 跟团：2 × 汤圆（#1）。备注：3号楼。当前 ¥10/份。"),
        ("跟团 3号楼 2份", "Eve 跟团：2 × 汤圆（#1）。备注：3号楼。当前 ¥10/份。"),
        ("/join 3号楼", "Eve 跟团：1 × 汤圆（#1）。备注：3号楼。当前 ¥10/份。"),
        ("/join 12栋502 2", "Eve 跟团：2 × 汤圆（#1）。备注：12栋502。当前 ¥10/份。"),
        ("/join 3号楼 502", "Eve 跟团：1 × 汤圆（#1）。备注：3号楼 502。当前 ¥10/份。"),
        ("/join 2 3号楼", "Eve 跟团：2 × 汤圆（#1）。备注：3号楼。当前 ¥10/份。"),
        ("+1 3号楼", "Eve 跟团：1 × 汤圆（#1）。备注：3号楼。当前 ¥10/份。"),
        ("/join 3", "Eve 跟团：3 × 汤圆（#1）。当前 ¥10/份。"),
        ("+3", "Eve 跟团：3 × 汤圆（#1）。当前 ¥10/份。"),
    ],
)
async def test_the_standalone_amount_is_the_quantity(text: str, said: str) -> None:
    chat = fake_chat()
    await chat.say("bob", "接龙 汤圆 价格 10 截止 3d")

    assert chat.said(await chat.say("eve", text)) == said

"""With options, `+1 #1 大 备注：要大个的` kept the note as "备注:要大个的" (its label, and a full-width
colon made half-width) and `+1 #1 大 (5栋)` as "(5栋)", where without options `+1 备注：要大个的` keeps
"要大个的" and `+1 (5栋)` keeps "5栋". The note after an option is now cleaned the same way."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("typed", "note"),
    [
        ("+1 #1 大 备注：要大个的", "要大个的"),
        ("+1 #1 大 (5栋)", "5栋"),
        ("+1 #1 大 （5栋）", "5栋"),
        ("+1 大 【5栋】 谢谢", "5栋"),
        ("+1 大 帮 小王 备注：要大个的", "要大个的"),
        ("+1 (5栋) 大", "5栋"),
    ],
)
async def test_a_join_of_an_option_keeps_its_note_clean(typed: str, note: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 鸭蛋 规格 大:3,小:2")

    said = chat.said(await chat.say("bob", typed))

    assert f"1 × 鸭蛋 大（#1）。备注：{note}。" in said
    assert f"· {note}" in await chat.card()

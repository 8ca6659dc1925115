"""rep66 #1: Dan reported `我已付款 1-2 20元` of ¥30 and Amy tapped `只收到 ¥20`; 名单 showed his line as
`⏳未付（已收 ¥20，差 ¥10）` but its money line `💰 已收 ¥0 · 待收 ¥40`: the ¥20 was on neither side, so
已收 + 待收 was not 合计. The part received counts in 已收 and not in 待收 (the export's notes alike)."""

from __future__ import annotations

from tests.regressions.test_a_reminder_of_a_part_received_says_what_is_still_owed_first import (
    dan_paid_20_of_30,
)


async def test_the_part_received_is_in_received_not_in_to_collect() -> None:
    chat = await dan_paid_20_of_30()
    listed = chat.said(await chat.say("amy", "名单 #1", private=True))
    assert "订单 #1-2 共 ¥30 · ⏳未付（已收 ¥20，差 ¥10）" in listed, listed
    assert "合计：2 份，¥60" in listed, listed
    assert "💰 已收 ¥20 · 待收 ¥40" in listed, listed


async def test_in_english_too() -> None:
    chat = await dan_paid_20_of_30(english=True)
    listed = chat.said(await chat.say("amy", "/list 1", private=True))
    assert "⏳ unpaid (¥20 received, ¥10 to go)" in listed, listed
    assert "💰 Collected ¥20 · outstanding ¥40" in listed, listed


async def test_the_exports_money_note_counts_it_too() -> None:
    chat = await dan_paid_20_of_30()
    replies = await chat.say("amy", "导出 #1", private=True)
    [sheet] = next(reply.document for reply in replies if reply.document is not None).sheets
    assert "💰 已收 ¥20 · 待收 ¥40" in sheet.notes, sheet.notes

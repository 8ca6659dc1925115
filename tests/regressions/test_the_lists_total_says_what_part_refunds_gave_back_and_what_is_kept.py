"""s37 #1: 名单's 合计 said the amount ordered only (`合计：2 份，¥144`), beside a money line net of part
refunds: after `退款 1-2 大盒 1` (units) or `退款 1-1 ¥30 晚到了` (an amount) the organiser read a total
that nothing else added up to. Now the totals line says what was given back and what is kept (rep84 #5:
the money beside the units kept is theirs, units given back said apart with their money)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

OPENING = "接龙 粽子 规格 大盒:48,小盒:30"
REFUNDS = {
    "units": ("退款 1-2 大盒 1",),
    "amount": ("退款 1-1 ¥30 晚到了",),
    "both": ("退款 1-2 大盒 1", "退款 1-1 ¥30 晚到了"),
}
TOTALS = {
    ("zh", "units"): "合计：2 份，¥96，另有 1 份已退 ¥48",
    ("zh", "amount"): "合计：3 份，¥144，已退 ¥30，退款后 ¥114",
    ("zh", "both"): "合计：2 份，¥96，另有 1 份已退 ¥48，已退 ¥30，退款后 ¥66",
    ("en", "units"): "Total: 2 units, ¥96, plus 1 unit refunded (¥48)",
    ("en", "amount"): "Total: 3 units, ¥144, ¥30 refunded, ¥114 after refunds",
    ("en", "both"): "Total: 2 units, ¥96, plus 1 unit refunded (¥48), ¥30 refunded, ¥66 after refunds",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("refund", ["units", "amount", "both"])
async def test_the_lists_total_says_what_was_refunded_and_what_is_kept(lang: str, refund: str) -> None:
    room = fake_chat()
    await room.say("amy", OPENING)
    await room.say("bob", "+1 大盒")
    await room.say("cat", "+2 大盒")
    await room.say("amy", "截单")
    for typed in ("已收 1-1", "已收 1-2", *REFUNDS[refund]):
        await room.say("amy", typed, private=True)
    if lang == "en":
        await room.say("amy", "/lang en", private=True)

    listed = room.said(await room.say("amy", "名单 #1" if lang == "zh" else "/list #1", private=True))

    [totals] = [line for line in listed.splitlines() if line.startswith(("合计：", "Total:"))]
    assert totals == TOTALS[lang, refund]


async def test_the_total_with_no_refund_stays_as_it_was() -> None:
    room = fake_chat()
    await room.say("amy", OPENING)
    await room.say("bob", "+1 大盒")
    await room.say("amy", "截单")
    await room.say("amy", "已收 1-1", private=True)

    listed = room.said(await room.say("amy", "名单 #1", private=True))

    assert "合计：1 份，¥48\n" in listed

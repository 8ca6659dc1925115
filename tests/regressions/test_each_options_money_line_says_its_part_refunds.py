"""Review 45 #4: `名单 #2` / `导出 #2` read "小盒：3 份，¥174 · 大盒：2 份，¥196" (gross) beside a net money
line (`💰 已收 …`) though Ray got ¥93 back on his 大盒 order and Ned ¥6 on his 小盒: the option lines
added up to more than was collected, with no word why. Each option's line now says what part refunds
gave back of it (`大盒：2 份，¥196（已退 ¥93）`), in 名单 and in the export's notes, in Chinese and in
English; an option nobody had refunded reads as before."""

from __future__ import annotations

import pytest

from handlers.types import Sheet
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SAID = {
    "zh": ("接龙 水蜜桃 规格 小盒:58,大盒:98 成团 1", "截单", "已收", "退款", "名单 #1", "导出 #1"),
    "en": (
        "/groupbuy Peaches options small:58,large:98 target 1",
        "/close",
        "/paid",
        "/refund",
        "/list #1",
        "/export #1",
    ),
}
SEEN = {
    "zh": (
        "小盒：3 份，¥174，已退 ¥6，退款后 ¥168",
        "大盒：2 份，¥196，已退 ¥93，退款后 ¥103",
        "中盒：1 份，¥77",
    ),
    "en": (
        "small: 3 units, ¥174, ¥6 refunded, ¥168 after refunds",
        "large: 2 units, ¥196, ¥93 refunded, ¥103 after refunds",
        "medium: 1 unit, ¥77",
    ),
}
OPTIONS = {"zh": ("小盒", "大盒", "中盒"), "en": ("small", "large", "medium")}


async def _sheet(chat: Chat, export: str) -> Sheet:
    found = next(r.document for r in await chat.say("amy", export, private=True) if r.document)
    assert found is not None
    return found.sheets[0]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_each_options_line_says_what_part_refunds_gave_back_of_it(lang: str) -> None:
    opening, close, paid, refund, listed, export = SAID[lang]
    small, large, medium = OPTIONS[lang]
    chat = fake_chat(FakeUnitOfWorkFactory())
    if lang == "en":
        await chat.say("amy", "/lang en")
    opening = opening.replace("大盒:98", "大盒:98,中盒:77").replace("large:98", "large:98,medium:77")
    await chat.say("amy", opening)
    await chat.say("ned", f"+3 {small}")
    await chat.say("ray", f"+2 {large}")
    await chat.say("sue", f"+1 {medium}")
    await chat.say("amy", close)
    await chat.say("amy", f"{paid} 1-1 1-2 1-3")
    await chat.say("amy", f"{refund} 1-1 6")
    await chat.say("amy", f"{refund} 1-2 93")
    roster = chat.said(await chat.say("amy", listed, private=True))
    sheet = await _sheet(chat, export)

    for line in SEEN[lang]:
        assert line in roster, roster
        assert line in sheet.notes, sheet.notes


async def test_a_part_refund_of_an_order_of_two_options_is_shared_in_proportion() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 水蜜桃 规格 小盒:58,大盒:98 成团 1")
    await chat.say("ned", "+1 小盒")
    await chat.say("ned", "+1 大盒")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "退款 1-1 39")
    roster = chat.said(await chat.say("amy", "名单 #1", private=True))

    # ¥39 of ¥156: ¥14.50 of the ¥58 小盒, the rest (¥24.50) of the ¥98 大盒, adding up to the ¥39 given back
    assert "小盒：1 份，¥58，已退 ¥14.50，退款后 ¥43.50" in roster, roster
    assert "大盒：1 份，¥98，已退 ¥24.50，退款后 ¥73.50" in roster, roster

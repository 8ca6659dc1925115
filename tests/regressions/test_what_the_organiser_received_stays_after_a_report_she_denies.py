"""rep63 finding 1 (the rest): Dan reported `我已付款 1-4 20元`, Amy tapped `只收到 ¥20`; Dan then reported
the ¥136 left and Amy tapped `未收到` on that report: the ¥20 she had received was gone (Dan owed ¥156
again), as both were kept in one column. What she received is kept apart (migration 0056): Dan still
has ¥20 received and ¥136 to go."""

from __future__ import annotations

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, dan_paid_20_of_156, tap_privately


async def _denied_after_part(*, english: bool = False) -> tuple[Chat, list[Reply]]:
    chat = await dan_paid_20_of_156(english=english)
    replies = await chat.say("dan", "/ipaid 1-1 136" if english else "我已付款 1-1 136元", name="Dan")
    asked = next(reply for reply in replies if reply.private_to == "amy")
    assert len(asked.buttons[0]) == 2 and len(asked.buttons) == 1, asked.buttons  # the whole: 已收到 / 未收到
    told: list[Reply] = await chat.app.handle(tap_privately("amy", asked.buttons[0][1].data))  # 未收到
    return chat, told


async def test_how_much_still_counts_the_part_received() -> None:
    chat, _ = await _denied_after_part()
    said = chat.said(await chat.say("dan", "多少钱", private=True, name="Dan"))
    assert "订单 #1-1 应付 ¥156，Amy 已收到 ¥20，还差 ¥136。" in said, said


async def test_the_reminder_and_the_organisers_list_still_count_it() -> None:
    chat, _ = await _denied_after_part()
    told = chat.private(await chat.say("amy", "催款"))["dan"]
    assert "还差 ¥136 没付（应付 ¥156，已收 ¥20）。" in told, told  # rep66 #13
    listed = chat.said(await chat.say("amy", "名单 #1", private=True))
    assert "订单 #1-1 共 ¥156 · ⏳未付（已收 ¥20，差 ¥136）" in listed, listed


async def test_in_english_too() -> None:
    chat, _ = await _denied_after_part(english=True)
    listed = chat.said(await chat.say("amy", "/list 1", private=True))
    assert "⏳ unpaid (¥20 received, ¥136 to go)" in listed, listed

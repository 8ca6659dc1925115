"""rep63 #4 and s32: after `我已付款 1-4 20元` (owing ¥156), `我已付款 1-4 30元` sent twice at once added the
second ¥30 again (¥80 reported), and a bare `我已付款 1-4` seconds after the ¥20 counted as paying the
other ¥136 (Amy asked to confirm ¥156). Within 10 minutes the same top-up again is that top-up repeated
(answered as the first, Amy not asked again), and a bare report is a resend: Dan is told what he
reported, what is left and how to report it. Later, a bare report still means the rest."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _short(clock: FakeClock, *, english: bool = False) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    for buyer in ("bob", "cat", "eve"):
        await chat.say(buyer, "+1")
    await chat.say("dan", "+2", name="Dan")
    await chat.say("amy", "/close" if english else "截单")
    await chat.say("dan", "/ipaid 1-4 20" if english else "我已付款 1-4 20元", name="Dan")
    return chat


async def test_the_same_top_up_twice_adds_once() -> None:
    chat = await _short(FakeClock())
    first = chat.private(await chat.say("dan", "我已付款 1-4 30元", name="Dan"))
    assert "一共 ¥50，应付 ¥156，还差 ¥106。" in first["dan"], first
    again = chat.private(await chat.say("dan", "我已付款 1-4 30元", name="Dan"))
    assert again["dan"] == (  # rep66 #4: said as a repeat, never that Amy was told again
        "Dan，你刚才已经报过订单 #1-4 补付 ¥30（一共 ¥50，应付 ¥156，还差 ¥106），Amy 那边已经收到通知，"
        "正在等 TA 确认。这次没有任何改动。"
    ), again
    assert "amy" not in again, again
    listed = chat.said(await chat.say("amy", "名单 #1", private=True))
    assert "💸已报付款 ¥50，差 ¥106，待确认" in listed, listed


async def test_a_bare_report_just_after_a_short_one_is_a_resend() -> None:
    chat = await _short(FakeClock())
    replies = await chat.say("dan", "我已付款 1-4", name="Dan")
    private = chat.private(replies)
    assert (
        private["dan"] == "你刚报告付了 ¥20，应付 ¥156，还差 ¥136。如果已经付齐，请写：我已付款 1-4 136元"
    ), private
    assert "amy" not in private, private
    assert "¥" not in chat.said(replies), replies  # the group reads no amount
    listed = chat.said(await chat.say("amy", "名单 #1", private=True))
    assert "💸已报付款 ¥20，差 ¥136，待确认" in listed, listed


async def test_a_bare_report_later_still_pays_the_rest() -> None:
    clock = FakeClock()
    chat = await _short(clock)
    clock.advance(minutes=11)
    private = chat.private(await chat.say("dan", "我已付款 1-4", name="Dan"))
    assert "这次又付了 ¥136，一共 ¥156，应付 ¥156，已经付齐。" in private["dan"], private
    assert "amy" in private, private


async def test_in_english_too() -> None:
    chat = await _short(FakeClock(), english=True)
    private = chat.private(await chat.say("dan", "/ipaid 1-4", name="Dan"))
    assert private["dan"] == (
        "You just reported paying ¥20 of ¥156, so ¥136 is still to pay. "
        "If you have paid it all, send: /ipaid 1-4 136"
    ), private
    await chat.say("dan", "/ipaid 1-4 30", name="Dan")
    again = chat.private(await chat.say("dan", "/ipaid 1-4 30", name="Dan"))
    assert again == {
        "dan": "Dan, you already reported paying ¥30 more for order #1-4 (¥50 in all of ¥156, ¥106 short); "
        "Amy was told then and is yet to confirm. Nothing was changed this time."
    }, again

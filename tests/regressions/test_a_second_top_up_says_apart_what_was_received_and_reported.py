"""s32 leftovers #3: after Amy's `只收到 ¥20` of Dan's ¥156 and his `我已付款 1-1 30元`, his next top-up
(`我已付款 1-1 40元`) read `你之前报告付了 ¥50`, the ¥20 Amy received counted as his word still to check,
and Amy read `（Dan 之前报过 ¥50…）`. Both now say the two apart:
`团长已收到 ¥20，你之后报告付了 ¥30，这次又付了 ¥40，一共 ¥90…` and
`（团长已收到 ¥20，Dan 之后报过 ¥30，这次补付 ¥40…）`."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, dan_paid_20_of_156


async def _received_then_reported(*, english: bool = False) -> tuple[Chat, FakeClock]:
    clock = FakeClock()
    chat = await dan_paid_20_of_156(english=english, clock=clock)
    clock.advance(minutes=30)
    await chat.say("dan", "/ipaid 1-1 30" if english else "我已付款 1-1 30元", name="Dan")
    clock.advance(minutes=30)
    return chat, clock


async def test_the_buyer_and_the_organiser_read_both_apart() -> None:
    chat, _ = await _received_then_reported()
    private = chat.private(await chat.say("dan", "我已付款 1-1 40元", name="Dan"))
    assert private["dan"].startswith(
        "收到，Dan：订单 #1-1 团长已收到 ¥20，你之后报告付了 ¥30，"
        "这次又付了 ¥40，一共 ¥90，应付 ¥156，还差 ¥66。"
    ), private
    assert "之前报告付了" not in private["dan"], private
    assert "（团长已收到 ¥20，Dan 之后报过 ¥30，这次补付 ¥40，上面是一共的金额。）" in private["amy"], private


async def test_the_rest_paid_says_it_too() -> None:
    chat, _ = await _received_then_reported()
    private = chat.private(await chat.say("dan", "我已付款 1-1", name="Dan"))
    assert (
        "团长已收到 ¥20，你之后报告付了 ¥30，这次又付了 ¥106，一共 ¥156，应付 ¥156，已经付齐。"
        in private["dan"]
    )


async def test_the_same_top_up_sent_twice_is_a_repeat_that_adds_nothing() -> None:
    chat, _ = await _received_then_reported()
    await chat.say("dan", "我已付款 1-1 40元", name="Dan")
    private = chat.private(await chat.say("dan", "我已付款 1-1 40元", name="Dan"))
    assert private["dan"].startswith(
        "Dan，你刚才已经报过订单 #1-1 补付 ¥40（一共 ¥90，应付 ¥156，还差 ¥66），"
    ), private  # s32-rep66pay: a repeat is answered as one, never "told again"
    assert "这次没有任何改动" in private["dan"] and "报告付了" not in private["dan"], private


async def test_in_english_too() -> None:
    chat, _ = await _received_then_reported(english=True)
    private = chat.private(await chat.say("dan", "/ipaid 1-1 40", name="Dan"))
    assert (
        "for order #1-1 Amy has received ¥20, you reported paying ¥30 after that and ¥40 now, "
        "¥90 in all of ¥156" in private["dan"]
    ), private
    assert (
        "(You have received ¥20 of it already; Dan reported ¥30 after that and paid ¥40 now" in private["amy"]
    )

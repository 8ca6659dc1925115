"""rep62 finding 2: after `我已付款 1-2 10元` (owing ¥156), Cat's `我已付款 1-2 146元` was refused
`你已经说过订单 #1-2 已付款，正在等团长确认…` and Amy was never told, while Cat's notices told her to report
once she had paid the rest. A further report on an order reported short adds to it: she reads what she
has reported now and any gap, the organiser is asked to confirm as for a first report; a repeat with
nothing owed is still "already said"."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _short(*, english: bool = False, clock: FakeClock | None = None) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("bob", "+1")
    await chat.say("cat", "+2")
    await chat.say("amy", "/close" if english else "截单")
    await chat.say("cat", "/ipaid 1-2 10" if english else "我已付款 1-2 10元")
    return chat


async def test_the_top_up_adds_to_the_report_and_the_organiser_is_told() -> None:
    chat = await _short()
    replies = await chat.say("cat", "我已付款 1-2 146元")
    assert chat.said(replies).startswith("收到，Cat：已请 Amy 确认你订单 #1-2 的付款"), replies
    private = chat.private(replies)
    assert private["cat"].startswith(
        "收到，Cat：订单 #1-2 你之前报告付了 ¥10，这次又付了 ¥146，一共 ¥156，应付 ¥156，已经付齐。"
    ), private
    assert private["amy"].startswith("💸 Cat 说已付款：订单 #1-2（芒果，#1）¥156。"), private
    assert "（Cat 之前报过 ¥10，这次补付 ¥146，上面是两次一共的金额。）" in private["amy"]
    said = chat.said(await chat.say("cat", "多少钱", private=True))
    assert "你已报告付款" in said and "还差" not in said, said
    listed = chat.said(await chat.say("amy", "名单 #1", private=True))
    assert "订单 #1-2 共 ¥156 · 💸已报付款，待确认" in listed, listed


async def test_a_top_up_still_short_says_the_gap() -> None:
    chat = await _short()
    private = chat.private(await chat.say("cat", "我已付款 1-2 100元"))
    assert "一共 ¥110，应付 ¥156，还差 ¥46。" in private["cat"], private
    assert private["amy"].startswith("💸 Cat 说已付款：订单 #1-2（芒果，#1）¥110（应付 ¥156，差 ¥46）。"), (
        private
    )


async def test_a_bare_report_after_a_short_one_pays_the_rest_then_a_repeat_is_already_said() -> None:
    clock = FakeClock()
    chat = await _short(clock=clock)
    clock.advance(minutes=11)  # within 10 minutes a bare report is the short one sent again
    private = chat.private(await chat.say("cat", "我已付款 1-2"))
    assert "这次又付了 ¥146，一共 ¥156，应付 ¥156，已经付齐。" in private["cat"], private
    assert "amy" in private
    again = await chat.say("cat", "我已付款 1-2 146元")
    assert chat.said(again) == "你已经说过订单 #1-2 已付款，正在等团长确认，没有任何改动。"
    assert "amy" not in chat.private(again)


async def test_ipaid_in_english_too() -> None:
    chat = await _short(english=True)
    private = chat.private(await chat.say("cat", "/ipaid 1-2 146"))
    assert private["cat"].startswith(
        "Thanks, Cat: for order #1-2 you reported paying ¥10 before and ¥146 now, "
        "¥156 in all, the full ¥156: paid in full."
    ), private
    assert private["amy"].startswith("💸 Cat says they paid order #1-2 (Mangoes, #1): ¥156."), private

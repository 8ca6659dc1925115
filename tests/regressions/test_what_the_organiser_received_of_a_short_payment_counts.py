"""rep63 finding 1: Dan reported `我已付款 1-4 20元` (owing ¥156), Amy tapped `只收到 ¥20` and Dan was told
`还差 ¥136`; but then the pickup notice said his order (¥156) was unpaid, `多少钱` said ¥156, and paying
the ¥136 he was told got `还差 ¥20`. What the organiser said she received now counts: ¥136 is left, and
a report of ¥136 pays it off (the organiser asked to confirm the whole)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat, only_part_received


async def _received_part(*, english: bool = False) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("dan", "+2", name="Dan")
    await chat.say("amy", "/close" if english else "截单")
    told = await only_part_received(chat, "dan", "/ipaid 1-1 20" if english else "我已付款 1-1 20元")
    assert "还差 ¥136" in chat.private(told)["dan"] or "¥136 is still to pay" in chat.private(told)["dan"]
    return chat


async def test_the_pickup_notice_asks_only_the_rest() -> None:
    chat = await _received_part()
    told = chat.private(await chat.say("amy", "自提 #1 小区南门 明天下午5点"))["dan"]
    assert "Amy 已收到你订单 #1-1 的 ¥20，还差 ¥136：请补齐" in told, told
    assert "（¥156）还没付款" not in told, told


async def test_how_much_says_the_rest() -> None:
    chat = await _received_part()
    said = chat.said(await chat.say("dan", "多少钱", private=True, name="Dan"))
    assert "订单 #1-1 应付 ¥156，Amy 已收到 ¥20，还差 ¥136。" in said, said


async def test_paying_the_rest_pays_it_off() -> None:
    chat = await _received_part()
    private = chat.private(await chat.say("dan", "我已付款 1-1 136元", name="Dan"))
    assert "一共 ¥156，应付 ¥156，已经付齐。" in private["dan"], private
    assert "还差" not in private["dan"], private
    assert private["amy"].startswith("💸 Dan 说已付款：订单 #1-1（芒果，#1）¥156。"), private


async def test_a_bare_report_after_it_pays_the_rest() -> None:
    chat = await _received_part()
    private = chat.private(await chat.say("dan", "我已付款 1-1", name="Dan"))
    assert "一共 ¥156，应付 ¥156，已经付齐。" in private["dan"], private


async def test_the_organisers_list_and_money_line_count_it() -> None:
    chat = await _received_part()
    listed = chat.said(await chat.say("amy", "名单 #1", private=True))
    assert "订单 #1-1 共 ¥156 · ⏳未付（已收 ¥20，差 ¥136）" in listed, listed
    assert "💰 已收 ¥20 · 待收 ¥136" in listed, listed  # rep66 #1: the part received is 已收


async def test_the_payment_reminder_says_the_rest() -> None:
    chat = await _received_part()
    told = chat.private(await chat.say("amy", "催款"))["dan"]
    assert told.startswith("💸 催款：你在 芒果（#1）的订单 #1-1 还差 ¥136 没付（应付 ¥156，已收 ¥20）。"), (
        told  # rep66 #13: what is still owed leads
    )


async def test_in_english_too() -> None:
    chat = await _received_part(english=True)
    told = chat.private(await chat.say("amy", "/pickup #1 South gate tomorrow 5pm"))["dan"]
    assert "Amy received ¥20 for your order #1-1: ¥136 is still to pay" in told, told
    private = chat.private(await chat.say("dan", "/ipaid 1-1 136", name="Dan"))
    assert "¥156 in all, the full ¥156: paid in full." in private["dan"], private


async def test_the_english_list_too() -> None:
    chat = await _received_part(english=True)
    listed = chat.said(await chat.say("amy", "/list 1", private=True))
    assert "⏳ unpaid (¥20 received, ¥136 to go)" in listed, listed

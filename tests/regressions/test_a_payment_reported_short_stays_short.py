"""rep59 finding 2: Cat's `我已付款 1-2 10元` (she owed ¥156) was told "还差 ¥146", but afterwards `多少钱`,
`怎么付款` and the pickup notice said she had reported paying ¥156 and had nothing more to pay, and the
organiser's 💸 line led with ¥156. The amount said is now kept with the report: everywhere she reads
that she reported ¥10 and ¥146 is still to pay, and the organiser's line leads with the ¥10."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _short(*, english: bool = False) -> tuple[Chat, FakeUnitOfWorkFactory, dict[str, str]]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Mangoes price 156" if english else "接龙 芒果 价格 156")
    await chat.say("cat", "+1")
    await chat.say("amy", "/close" if english else "截单")
    replies = await chat.say("cat", "/ipaid 1-1 10" if english else "我已付款 1-1 10元")
    return chat, factory, chat.private(replies)


async def test_the_organiser_reads_the_amount_said_first() -> None:
    _, factory, private = await _short()
    assert private["cat"].startswith("收到，Cat：你说付了 ¥10，订单 #1-1 应付 ¥156，还差 ¥146。")
    assert private["amy"].startswith("💸 Cat 说已付款：订单 #1-1（芒果，#1）¥10（应付 ¥156，差 ¥146）。")
    assert factory.state.orders[1].reported_amount == 1000


async def test_how_much_and_how_to_pay_say_what_is_left() -> None:
    chat, _, _ = await _short()
    for asked in ("多少钱", "怎么付款"):
        said = chat.said(await chat.say("cat", asked, private=True))
        assert said.startswith("芒果（#1）订单 #1-1：你报告付了 ¥10，应付 ¥156，还差 ¥146。付款方式："), said
        assert "不用再付" not in said


async def test_in_english_too() -> None:
    chat, _, private = await _short(english=True)
    assert private["amy"].startswith(
        "💸 Cat says they paid order #1-1 (Mangoes, #1): ¥10 (¥156 owed, ¥146 short)."
    )
    said = chat.said(await chat.say("cat", "how much?", private=True))
    assert said.startswith(
        "Mangoes (#1), order #1-1: you reported paying ¥10 of ¥156, so ¥146 is still to pay. How to pay:"
    ), said


async def test_the_pickup_notice_says_what_is_left() -> None:
    chat, _, _ = await _short()
    replies = await chat.say("amy", "自提 #1 小区南门 明天下午5点")
    told = chat.private(replies)["cat"]
    assert "你报告订单 #1-1 付了 ¥10，应付 ¥156，还差 ¥146" in told, told
    assert "付过款" not in told


async def test_a_whole_report_reads_as_before() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 156")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单")
    await chat.say("cat", "我已付款 1-1")
    said = chat.said(await chat.say("cat", "多少钱", private=True))
    assert said.startswith("芒果（#1）订单 #1-1 的 ¥156 你已报告付款，等团长 Amy 确认收款，不用再付"), said


async def test_cancelling_it_names_the_amount_she_reported() -> None:
    chat, factory, _ = await _short()
    said = chat.said(await chat.say("amy", "取消 1-1"))
    assert "¥10" in said and "¥156" not in said, said
    assert factory.state.orders[1].reported_paid_at is not None  # asked first, nothing cancelled

"""Session 35: a buyer's own private notices (her order at the close, 已收, what she owes) followed the
language guessed from the words she last typed: Lin, in a Chinese group on the playground, said `me too`
once and read her order, its 已收 and the reminder of what she owes in English, while the organiser's
notices keep one steady language. They follow the same rule now: her private `/lang`, else her app's
where the platform tells one, else the group's; never just the words she typed last."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


def _to(replies: list[Reply], who: str) -> list[str]:
    return [r.text for r in replies if r.private_to == who and r.text]


async def test_a_chinese_groups_buyer_who_typed_english_reads_her_notices_in_chinese() -> None:
    jia = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), outbox_platform="playground")
    jia.chat_id, jia.platform = "jia", "playground"  # no app language told
    await jia.say("amy", "接龙 草莓 价格 30")
    await jia.say("lin", "me too")  # her last words: English
    closed = await jia.say("amy", "截单")
    [order] = _to(closed, "lin")
    assert order.startswith("你在 草莓（#1）的订单 #1-1："), order
    [owed] = _to(await jia.say("amy", "催款"), "lin")
    assert owed.startswith("💸 催款：你在 草莓（#1）的订单 #1-1 还没付款：¥30。"), owed
    [paid] = _to(await jia.say("amy", "已收 1-1"), "lin")
    assert paid.startswith("Amy 已确认收到你订单 #1-1（草莓）的付款 ¥30，谢谢！"), paid


async def test_an_english_groups_buyer_who_typed_chinese_reads_her_notices_in_english() -> None:
    nb = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), outbox_platform="playground")
    nb.chat_id, nb.platform = "nb", "playground"
    await nb.say("amy", "/lang en")
    await nb.say("amy", "/groupbuy Durian price 68")
    await nb.say("ned", "我也要")  # his last words: Chinese
    closed = await nb.say("amy", "/close")
    [order] = _to(closed, "ned")
    assert order.startswith("Your order #1-1 in Durian (#1):"), order
    [owed] = _to(await nb.say("amy", "/remind"), "ned")
    assert owed.startswith("💸 Reminder: your order #1-1 of Durian (#1) is not paid yet: ¥68."), owed
    [paid] = _to(await nb.say("amy", "/paid 1-1"), "ned")
    assert paid.startswith("Amy confirmed your payment"), paid

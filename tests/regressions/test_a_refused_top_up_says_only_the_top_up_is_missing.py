"""rep66 #3: Amy tapped `只收到 ¥10` on Eve's ¥10 of ¥20; Eve reported the other ¥10 and Amy tapped 未收到.
Eve read `Amy 还没有收到你订单 #1-1（荔枝）的付款 ¥20` and Amy `订单 #1-1（Eve，¥20）改回未付款`, as if
nothing had come, while 我的订单 rightly said ¥10 received. Both now say the ¥10 top-up did not come,
the ¥10 received and the ¥10 still owed."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat, only_part_received, tap_privately


async def _refused_top_up(*, english: bool = False) -> dict[str, str]:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Lychees price 20" if english else "接龙 荔枝 价格 20")
    await chat.say("eve", "+1", name="Eve")
    await chat.say("amy", "/close" if english else "截单")
    await only_part_received(chat, "eve", "/ipaid 1-1 10" if english else "我已付款 1-1 10元")
    replies = await chat.say("eve", "/ipaid 1-1 10" if english else "我已付款 1-1 10元", name="Eve")
    asked = next(reply for reply in replies if reply.private_to == "amy")
    told = await chat.app.handle(tap_privately("amy", asked.buttons[-1][-1].data))  # 未收到
    said = {"amy": " ".join(reply.text for reply in told if reply.text and not reply.private_to)}
    return {**said, **chat.private(told)}


async def test_both_read_the_top_up_missing_and_what_was_received() -> None:
    told = await _refused_top_up()
    assert told["eve"] == (
        "Amy 还没有收到你订单 #1-1（荔枝）补付的 ¥10：已收 ¥10，还差 ¥10。"
        "请核对一下，付好后再发“我已付款 1-1”。"
    ), told
    assert told["amy"].startswith(
        "订单 #1-1（Eve，¥20）：补付的 ¥10 没有收到，已告诉对方。已收 ¥10，还差 ¥10，订单仍是未付款。"
    ), told


async def test_in_english_too() -> None:
    told = await _refused_top_up(english=True)
    assert told["eve"] == (
        "Amy has not received the ¥10 you topped up for order #1-1 (Lychees) yet: ¥10 received, ¥10 still "
        "to pay. Please check it, then send /ipaid 1-1 again once it is paid."
    ), told
    assert told["amy"].startswith("Order #1-1 of Eve (¥20): the ¥10 top-up has not arrived"), told

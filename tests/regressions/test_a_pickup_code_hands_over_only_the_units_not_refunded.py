"""rep91 #1: `核销 6477` after `退款 1-4 小盒 1份 坏了` listed the refunded 小盒 among the goods to hand over
(`共 3 份：• 粽子 小盒 × 1 • 粽子 大盒 × 2`), so the organiser gave away goods she had paid back. The
hand-over counts and lists only the units kept, and names those refunded apart: not to hand over."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def _paid(factory: FakeUnitOfWorkFactory, *joins: str):  # type: ignore[no-untyped-def]
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 粽子 规格 大盒:35,小盒:15")
    for typed in joins:
        await chat.say("cat", typed)
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")
    return chat


async def test_a_refunded_unit_is_left_out_of_the_hand_over() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _paid(factory, "+1 小盒", "+2 大盒")
    await chat.say("amy", "退款 1-1 小盒 1份 坏了")
    code = factory.state.orders[1].pickup_code

    handed = chat.said(await chat.say("amy", f"核销 {code}"))

    assert handed == (
        f"✅ 取货码 {code}：Cat 的订单 #1-1，共 2 份：\n"
        "• 粽子 大盒 × 2\n"
        "已退款、不用交：粽子 小盒 × 1\n"
        "请按此交货，订单已标记为已提货。"
    ), handed


async def test_a_line_part_refunded_hands_over_what_it_keeps() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _paid(factory, "+3 大盒")
    await chat.say("amy", "退款 1-1 大盒 1份 压坏了")
    code = factory.state.orders[1].pickup_code

    handed = chat.said(await chat.say("amy", f"/pickupcode {code}", language="en"))

    assert handed.startswith(f"✅ Code {code}: order #1-1 of Cat, 2 units:\n• 粽子 大盒 × 2\n"), handed
    assert "Refunded, not to hand over: 粽子 大盒 × 1" in handed, handed


async def test_a_refund_by_amount_hands_over_every_unit() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _paid(factory, "+1 小盒", "+2 大盒")
    await chat.say("amy", "退款 1-1 ¥20 晚到了")
    code = factory.state.orders[1].pickup_code

    handed = chat.said(await chat.say("amy", f"核销 {code}"))

    assert handed == (
        f"✅ 取货码 {code}：Cat 的订单 #1-1，共 3 份：\n"
        "• 粽子 小盒 × 1\n"
        "• 粽子 大盒 × 2\n"
        "请按此交货，订单已标记为已提货。"
    ), handed


async def test_her_own_refunded_unit_is_left_out_beside_her_friends_line() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _paid(factory, "+1 小盒", "+1 帮赵奶奶 小盒 2")
    await chat.say("amy", "退款 1-1 小盒 1份 坏了")
    code = factory.state.orders[1].pickup_code

    handed = chat.said(await chat.say("amy", f"核销 {code}"))

    hers = f"✅ 取货码 {code}：Cat 的订单 #1-1，共 2 份：\n• 粽子 小盒（帮 赵奶奶） × 2\n"
    assert handed.startswith(hers), handed
    assert "已退款、不用交：粽子 小盒 × 1" in handed, handed

"""`/unpaid 2-1 2-3` undid #2-1 and silently ignored #2-3. As 已收, 撤销已收 takes one order at a time:
several numbers are refused with one message, and nothing is undone."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.test_unpaid_reach import status, three_groups


async def test_unpaid_with_two_numbers_undoes_neither() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await three_groups(factory)
    await family.say("amy", "已收 1-1")
    await family.say("amy", "已收 2-2")

    said = family.said(await family.say("amy", "/unpaid 1-1 2-2"))

    assert said == "一次撤销一个订单的已收，没有任何改动。请分开发：撤销已收 1-1"
    assert status(factory, "1-1") is OrderStatus.PAID
    assert status(factory, "2-2") is OrderStatus.PAID

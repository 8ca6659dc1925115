"""The rules of pickup codes: random draws of 4 digits, longer when they keep colliding, unique in a
group buy, given once; and who may take them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, Terms
from commerce.domain.order import Order, OrderLine, OrderStatus
from commerce.domain.pickup import DRAWS, code_candidates, collection, is_code, may_verify
from commerce.services import pickup
from tests.fakes import FakeUnitOfWork, FakeUnitOfWorkFactory

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)


def test_draws_are_four_digits_first_then_five_then_six() -> None:
    lowest = list(code_candidates(lambda _: 0))
    highest = list(code_candidates(lambda n: n - 1))

    assert [len(code) for code in lowest] == [4] * 3 + [5] * 3 + [6] * 14
    assert lowest[:1] + lowest[3:4] + lowest[6:7] == ["1000", "10000", "100000"]
    assert highest[:1] + highest[3:4] + highest[6:7] == ["9999", "99999", "999999"]
    assert len(lowest) == sum(draws for _, draws in DRAWS)


def test_draws_come_from_secrets_and_are_no_sequence() -> None:
    drawn = [next(code_candidates()) for _ in range(200)]
    assert all(is_code(code) and len(code) == 4 and code[0] != "0" for code in drawn)
    assert len(set(drawn)) > 150  # 200 draws of 9,000: a handful repeat at most
    assert sorted(drawn) != drawn


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("4827", True),
        ("123456", True),
        ("123", False),
        ("1234567", False),
        ("12a4", False),
        ("４８２７", False),
    ],
)
def test_a_code_is_four_to_six_ascii_digits(text: str, valid: bool) -> None:
    assert is_code(text) is valid


def _order(group_buy_id: int = 1, buyer: str = "cat") -> Order:
    return Order(
        id=None,
        group_buy_id=group_buy_id,
        chat_id="family",
        buyer_id=buyer,
        buyer_name=buyer.title(),
        currency="CNY",
        lines=[OrderLine("Mangoes", 1, 8800)],
        created_at=NOW,
    )


async def _stored(uow: FakeUnitOfWork, order: Order) -> Order:
    await uow.orders.add(order)
    order.mark_paid(actor="amy", method="offline", reference="", amount=order.total, now=NOW)
    await uow.orders.save(order)
    return order


async def test_a_drawn_code_taken_in_the_group_buy_is_drawn_again(monkeypatch: pytest.MonkeyPatch) -> None:
    draws: Iterator[str] = iter(["4827", "4827", "4827", "5150"])
    monkeypatch.setattr(pickup, "code_candidates", lambda: draws)
    async with FakeUnitOfWorkFactory()() as uow:
        first = await _stored(uow, _order(buyer="cat"))
        second = await _stored(uow, _order(buyer="dan"))
        elsewhere = await _stored(uow, _order(group_buy_id=2, buyer="eve"))

        assert await pickup.give_code(uow, first) == "4827"
        assert await pickup.give_code(uow, second) == "5150"  # 4827 is Cat's in this group buy
        assert await pickup.give_code(uow, first) == "4827"  # given once, kept
        monkeypatch.setattr(pickup, "code_candidates", lambda: iter(["4827"]))
        assert await pickup.give_code(uow, elsewhere) == "4827"  # unique per group buy only


async def test_when_every_draw_is_taken_nothing_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pickup, "code_candidates", lambda: iter(["4827"] * 20))
    async with FakeUnitOfWorkFactory()() as uow:
        await pickup.give_code(uow, await _stored(uow, _order(buyer="cat")))
        second = await _stored(uow, _order(buyer="dan"))

        with pytest.raises(DomainError) as refused:
            await pickup.give_code(uow, second)

    assert refused.value.code == "busy_try_again"
    assert second.pickup_code is None


def test_collection_says_when_and_by_whom() -> None:
    order = _order()
    order.id = 7
    assert collection(order) is None
    order.mark_paid(actor="amy", method="offline", reference="", amount=order.total, now=NOW)
    order.fulfil(actor="eve", now=NOW + timedelta(hours=2))

    handed = collection(order)

    assert handed is not None and (handed.actor, handed.at) == ("eve", NOW + timedelta(hours=2))
    assert order.status is OrderStatus.FULFILLED


def test_who_may_take_codes() -> None:
    group_buy = GroupBuy(
        id=1,
        chat_id="family",
        organiser_id="amy",
        organiser_name="Amy",
        terms=Terms(title="Mangoes", unit_price=8800, currency="CNY"),
        created_at=NOW,
    )
    assert may_verify(group_buy, "amy", is_admin=False, is_helper=False)
    assert may_verify(group_buy, "eve", is_admin=False, is_helper=True)
    assert may_verify(group_buy, "ann", is_admin=True, is_helper=False)
    assert not may_verify(group_buy, "dan", is_admin=False, is_helper=False)

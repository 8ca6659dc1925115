"""rep85 #1: 名单 / `/list` / the export's option lines shared an order's whole part refunds over its
options, so a unit given back (`退款 2-1 小盒 1份`, ¥33) was counted twice: beside its own option
(`另有 1 份已退 ¥33`) and again, prorated, as money refunded of the other (`大盒：2 份，¥126，已退 ¥25.88`,
though only ¥20 went back by amount), and the options' `退款后` (¥100.12 + ¥99) no longer added up to the
合计's ¥205. A unit given back now counts once, on its own option; what went back by amount is shared over
what the order still holds; and the options add up to the total, whatever the refunds (a property test)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commerce.domain.group_buy import GroupBuy, Participant, ProductOption, Terms
from commerce.domain.order import Order
from commerce.domain.roster import Roster, build
from handlers.roster import roster_text
from tests.unit.handlers.conftest import fake_chat

NOW = datetime(2026, 12, 6, 4, 0, tzinfo=UTC)
OPTIONS = (ProductOption("大盒", 6300), ProductOption("小盒", 3300), ProductOption("中盒", 4150))
_MONEY = re.compile(r"¥([\d,]+(?:\.\d+)?)")


def _yuan(text: str) -> float:
    return float(text.replace(",", ""))


def _after_refunds(line: str) -> float:
    """What a totals or option line says is left: its `退款后 ¥…`, else the money of its units kept (the
    first amount after its units)."""
    after = re.search(r"退款后 ¥([\d,]+(?:\.\d+)?)", line)
    if after:
        return _yuan(after[1])
    found = _MONEY.search(line)
    assert found, line
    return _yuan(found[1])


def _totals(text: str) -> tuple[float, list[float]]:
    lines = text.splitlines()
    total = next(line for line in lines if line.startswith("合计："))
    options = [line for line in lines if line.startswith(tuple(f"{o.name}：" for o in OPTIONS))]
    return _after_refunds(total), [_after_refunds(line) for line in options]


async def test_a_unit_refund_counts_once_and_the_options_add_up_to_the_total() -> None:
    chat = fake_chat()
    await chat.say("may", "接龙 粽子 规格 大盒:63,小盒:33 成团 1")
    await chat.say("zhou", "+1 大盒")
    await chat.say("zhou", "+2 小盒")
    await chat.say("wang", "+1 小盒")
    await chat.say("wang", "+1 大盒")
    await chat.say("may", "截单")
    await chat.say("may", "已收 1-1 1-2", private=True)
    await chat.say("may", "退款 1-1 小盒 1份 坏了", private=True)  # ¥33
    await chat.say("may", "退款 1-1 20", private=True)
    listed = chat.said(await chat.say("may", "名单 #1", private=True))

    # only ¥20 went back by amount: 大盒 never reads the ¥33 小盒 unit as its money (it said ¥25.88)
    assert "合计：4 份，¥192，另有 1 份已退 ¥33，已退 ¥20，退款后 ¥172" in listed, listed
    # ¥20 over ¥63 + ¥33 kept: ¥13.125 and ¥6.875, whole cents by the largest remainder (s39; the last
    # option took the cent left, ¥13.12 + ¥6.88)
    assert "大盒：2 份，¥126，已退 ¥13.13，退款后 ¥112.87" in listed, listed
    assert "小盒：2 份，¥66，另有 1 份已退 ¥33，已退 ¥6.87，退款后 ¥59.13" in listed, listed

    await chat.say("may", "退款 1-2 30", private=True)
    await chat.say("may", "退款 1-2 大盒 1 坏了", private=True)  # ¥63 of the ¥66 left
    listed = chat.said(await chat.say("may", "名单 #1", private=True))

    # #1-2's ¥30 by amount is its 小盒's, all it still holds: the 小盒 line never says more went back
    # than it holds, and the options' 退款后 add up to the 合计's
    assert "合计：3 份，¥129，另有 2 份已退 ¥96，已退 ¥50，退款后 ¥79" in listed, listed
    total, options = _totals(listed)
    assert total == 79
    assert sum(options) == pytest.approx(total), listed


SAID = {
    "zh": ("接龙 粽子 规格 大盒:63,小盒:33 成团 1", "截单", "已收", "退款", "导出 #1"),
    "en": ("/groupbuy Zongzi options 大盒:63,小盒:33 target 1", "/close", "/paid", "/refund", "/export #1"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_exports_option_lines_say_the_same(lang: str) -> None:
    chat = fake_chat()
    if lang == "en":
        await chat.say("may", "/lang en")
    opening, close, paid, refund, export = SAID[lang]
    await chat.say("may", opening)
    await chat.say("zhou", "+1 大盒")
    await chat.say("zhou", "+2 小盒")
    await chat.say("may", close)
    await chat.say("may", f"{paid} 1-1", private=True)
    await chat.say("may", f"{refund} 1-1 小盒 1 broken", private=True)
    await chat.say("may", f"{refund} 1-1 20", private=True)
    document = next(r.document for r in await chat.say("may", export, private=True) if r.document)
    assert document is not None

    big = {
        "zh": "大盒：1 份，¥63，已退 ¥13.13，退款后 ¥49.87",
        "en": "大盒: 1 unit, ¥63, ¥13.13 refunded, ¥49.87 after refunds",
    }[lang]
    small = {
        "zh": "小盒：1 份，¥33，另有 1 份已退 ¥33，已退 ¥6.87，退款后 ¥26.13",
        "en": "小盒: 1 unit, ¥33, plus 1 unit refunded (¥33), ¥6.87 refunded, ¥26.13 after refunds",
    }[lang]
    assert big in document.sheets[0].notes, document.sheets[0].notes
    assert small in document.sheets[0].notes, document.sheets[0].notes


# -- the property: whatever the orders and their refunds, the options add up to the total -----------------
_QUANTITIES = st.tuples(*(st.integers(0, 3) for _ in OPTIONS)).filter(any)
_REFUNDS = st.lists(
    st.one_of(
        st.tuples(st.just("units"), st.sampled_from([o.name for o in OPTIONS]), st.integers(1, 3)),
        st.tuples(st.just("amount"), st.just(""), st.integers(1, 20000)),
    ),
    max_size=4,
)


def _closed(buyers: list[tuple[int, ...]]) -> tuple[GroupBuy, list[Participant]]:
    group_buy = GroupBuy.open(
        chat_id="family", organiser_id="may", organiser_name="May",
        terms=Terms(title="粽子", unit_price=3300, pickup="会所", options=OPTIONS), now=NOW,
    )  # fmt: skip
    group_buy.id = 1
    lines = [
        Participant(f"b{n}", f"B{n}", quantity, NOW, option=option.name)
        for n, quantities in enumerate(buyers)
        for option, quantity in zip(OPTIONS, quantities, strict=True)
        if quantity
    ]
    group_buy.sold = sum(line.quantity for line in lines)
    group_buy.close(actor="may", is_admin=False, now=NOW)
    return group_buy, lines


def _refunded(order: Order, refunds: list[tuple[str, str, int]]) -> None:
    """Each refund a chat would take: units still held whose money is still in the order, an amount
    below what is left (one reaching it would be the whole refund)."""
    for n, (kind, option, count) in enumerate(refunds):
        left = order.paid_amount
        if kind == "units":
            held = sum(line.quantity for line in order.lines if line.description.endswith(option))
            price = next((line.unit_price for line in order.lines if line.description.endswith(option)), 0)
            if count > held - order.refunded_units.get(option, 0) or count * price >= left:
                continue
            order.refund_part(
                count * price,
                actor="may",
                method="offline",
                reference=f"r{n}",
                now=NOW,
                units=(option, count),
            )
        elif count < left:
            order.refund_part(count, actor="may", method="offline", reference=f"r{n}", now=NOW)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_QUANTITIES, _REFUNDS), min_size=1, max_size=4))
def test_the_option_lines_add_up_to_the_total(buyers: list[tuple[tuple[int, ...], list]]) -> None:
    group_buy, lines = _closed([quantities for quantities, _ in buyers])
    orders = []
    for n, (_, refunds) in enumerate(buyers):
        order = Order.for_member(group_buy, [line for line in lines if line.user_id == f"b{n}"], now=NOW)
        order.id = n + 1
        order.mark_paid(actor="may", method="offline", reference="", amount=order.total, now=NOW)
        _refunded(order, refunds)
        orders.append(order)

    roster: Roster = build(group_buy, lines, orders)

    by_amount = roster.part_refunded - (roster.amount - roster.kept_amount)
    assert sum(o.units for o in roster.by_option) == roster.units
    assert sum(o.kept_amount for o in roster.by_option) == roster.kept_amount
    assert sum(o.units_back for o in roster.by_option) == roster.units_back
    shares = [o.refunded - o.units_back_amount for o in roster.by_option]
    assert sum(shares) == by_amount  # each cent refunded by amount said once, on one option
    for option, share in zip(roster.by_option, shares, strict=True):
        assert 0 <= share <= option.kept_amount, (option, share)  # never more than it still holds
    total, said = _totals(roster_text(roster, "zh"))
    assert total == pytest.approx((roster.kept_amount - by_amount) / 100)
    assert sum(said) == pytest.approx(total)

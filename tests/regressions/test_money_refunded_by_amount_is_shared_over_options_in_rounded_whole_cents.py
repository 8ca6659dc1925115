"""s38 closing (money): money refunded by amount on an order of several options is shared over them in
名单's option lines (`大盒：…已退 ¥13.46`), each its share of what the order holds; the last option took every
cent the others' rounding down left, so `小盒 已退 ¥6.54` of an exact ¥6.5346. Now each option's share is
whole cents, each the nearest to its exact share (largest remainder), adding up exactly to what went
back: ¥20 of 大盒 ¥68 + 小盒 ¥33 is ¥13.47 + ¥6.53."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from commerce.domain.roster import Payment, RosterLine, part_refunds_by_option
from tests.unit.handlers.conftest import fake_chat

OPTIONS = ("大盒", "小盒", "中盒")


async def test_the_lists_option_lines_say_each_share_to_the_nearest_cent() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 粽子 规格 大盒:68,小盒:33")
    await chat.say("bob", "大盒+1")
    await chat.say("bob", "小盒+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "退款 1-1 ¥20", private=True)

    listed = chat.said(await chat.say("amy", "名单 #1", private=True))

    assert "合计：2 份，¥101，已退 ¥20，退款后 ¥81" in listed
    assert "大盒：1 份，¥68，已退 ¥13.47，退款后 ¥54.53" in listed, listed
    assert "小盒：1 份，¥33，已退 ¥6.53，退款后 ¥26.47" in listed, listed


def _lines(order: list[tuple[int, int, int]], back: int) -> list[RosterLine]:
    """One paid order's lines, each (option index, units, unit price), `back` refunded by amount."""
    return [
        RosterLine(
            n=i + 1,
            name="Bob",
            friend="",
            quantity=units,
            note="",
            amount=units * price,
            order="1-1",
            order_total=sum(u * p for _, u, p in order) if i == 0 else None,
            payment=Payment.PAID,
            pickup="",
            option=OPTIONS[option],
            unit_price=price,
            order_refunded=back if i == 0 else 0,
        )
        for i, (option, units, price) in enumerate(order)
    ]


@settings(max_examples=300, deadline=None)
@given(
    order=st.lists(
        st.tuples(st.integers(0, 2), st.integers(1, 5), st.integers(1, 20_000)), min_size=1, max_size=5
    ),
    fraction=st.fractions(min_value=0, max_value=1),
)
def test_each_options_share_is_whole_cents_nearest_its_exact_share_and_they_add_up(
    order: list[tuple[int, int, int]], fraction: Fraction
) -> None:
    total = sum(units * price for _, units, price in order)
    back = int(total * fraction)
    lines = _lines(order, back)

    shares = part_refunds_by_option(lines)

    assert sum(shares.values()) == back  # adds up exactly to what went back
    for name in {OPTIONS[option] for option, _, _ in order}:
        held = sum(units * price for option, units, price in order if OPTIONS[option] == name)
        exact = Fraction(back * held, total)
        share = shares.get(name, 0)
        assert 0 <= share <= held  # never more than the option holds
        lines_of = sum(1 for option, _, _ in order if OPTIONS[option] == name)
        assert abs(share - exact) < lines_of  # each of its lines within a cent of its exact share

"""`-5000` (and `-1000`) took Bob's whole line off while `+5000` and `-0` were refused with the range a
line holds (1 to 999, TUAN_MAX_UNITS_PER_LINE). A leave beyond that range is now refused the same way,
nothing changed; one within it but above what the line holds still takes the whole line."""

from __future__ import annotations

from commerce.services.group_buys import JoinLimits
from tests.unit.handlers.conftest import fake_chat


async def test_a_leave_beyond_the_range_is_refused_and_changes_nothing() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 截止 3d")
    await chat.say("bob", "+3")

    assert chat.said(await chat.say("bob", "-5000")) == "5000 不是有效的数量（1 到 999）。例如：+2"
    assert chat.said(await chat.say("bob", "-1000")) == "1000 不是有效的数量（1 到 999）。例如：+2"
    assert chat.said(await chat.say("bob", "退出 5000")) == "5000 不是有效的数量（1 到 999）。例如：+2"
    assert chat.said(await chat.say("bob", "/leave 5000")) == "5000 不是有效的数量（1 到 999）。例如：+2"
    assert "1. Bob ×3" in await chat.card(1)

    assert chat.said(await chat.say("bob", "-999")) == (  # more than held: all of it, said so
        "Bob 退出了 芒果（#1）。只跟了 3 份，不到要减的 999 份，所以全部退出。"
    )


async def test_the_leave_range_follows_the_setting() -> None:
    chat = fake_chat(join_limits=JoinLimits(max_per_line=5))
    await chat.say("amy", "/groupbuy Eggs price 1 ends 3d")
    await chat.say("bob", "+2")

    assert chat.said(await chat.say("bob", "-6")) == "6 is not a quantity I can take (1 to 5). Example: +2"
    assert chat.said(await chat.say("bob", "-5")) == (
        "Bob left Eggs (#1). "
        "The line had only 2 units, less than the 5 units asked for, so all of it was taken off."
    )

"""`+0` said "0 is not a quantity I can take (1 to 9999)" while `+1000` said "One line can hold at most
999": the range contradicted the maximum a line may hold. The range is now the app's maximum per line
(TUAN_MAX_UNITS_PER_LINE)."""

from __future__ import annotations

from commerce.services.group_buys import JoinLimits
from tests.unit.handlers.conftest import fake_chat


async def test_the_range_is_the_maximum_per_line() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Eggs price 5 target 9")

    zero = chat.said(await chat.say("bob", "+0"))
    huge = chat.said(await chat.say("bob", "/join 10000"))
    over = chat.said(await chat.say("bob", "+1000"))

    assert zero == "0 is not a quantity I can take (1 to 999). Example: +2"
    assert huge == "10000 is not a quantity I can take (1 to 999). Example: +2"
    assert over == "One line can hold at most 999 (it has 0): nothing was changed."


async def test_the_range_follows_the_setting() -> None:
    chat = fake_chat(join_limits=JoinLimits(max_per_line=5))
    await chat.say("amy", "接龙 鸡蛋 价格 1")

    assert chat.said(await chat.say("bob", "+0")) == "0 不是有效的数量（1 到 5）。例如：+2"

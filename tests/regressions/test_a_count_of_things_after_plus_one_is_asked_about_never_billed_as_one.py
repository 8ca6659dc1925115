"""A black-box finding: `+1 3 jars` joined 1 with the note "3 jars", and so did `+1 3pcs`, `+1 two bottles`,
`+1 3瓶`, `+1 要3瓶`: the close billed her for 1 (`3瓶：1 × ¥12 = ¥12`) though she asked for 3. A count
of things after the `+1` (a count word, `瓶`, `罐`, `包`…, or an English noun for things counted, `jars`,
`pcs`, `bottles`…) is now asked about as `+1 要三份` is: nothing joined, the join to send instead; the same
count as the `+N` joins without those words; a bottle size (`500ml瓶装`) and a place (`gate 3`) stay notes."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

EN = "/groupbuy Kaya jars price 8 target 3 limit 5 currency SGD ends tomorrow 8pm"
ZH = "接龙 咖椰酱 价格 12 成团 3"


@pytest.mark.parametrize(
    ("opened", "typed", "said"),
    [
        (EN, "+1 3 jars", "You wrote +1 and “3 jars”: for 3, send +3 (or I want 3). Nothing was changed."),
        (EN, "+1 3pcs block 5", "You wrote +1 and “3pcs”: for 3, send +3 block 5. Nothing was changed."),
        (
            EN,
            "+1 two bottles please",
            "You wrote +1 and “two bottles”: for 2, send +2 (or I want 2). Nothing was changed.",
        ),
        (ZH, "+1 3瓶", "你写了 +1 和“3瓶”：要 3 份就发 +3（或 我要3份），没有任何改动。"),
        (ZH, "+1 要3瓶", "你写了 +1 和“要3瓶”：要 3 份就发 +3（或 我要3份），没有任何改动。"),
        (ZH, "+1 3号楼 2瓶", "你写了 +1 和“2瓶”：要 2 份就发 +2 3号楼，没有任何改动。"),
    ],
)
async def test_a_count_of_things_after_plus_one_joins_nothing_and_says_what_to_send(
    opened: str, typed: str, said: str
) -> None:
    chat = fake_chat()
    await chat.say("amy", opened)
    card = await chat.card(1)

    assert Chat.said(await chat.say("bob", typed)) == said
    assert await chat.card(1) == card


@pytest.mark.parametrize(
    ("opened", "typed", "said"),
    [
        (
            EN,
            "+3 3 jars",
            "Bob is in: 3 × Kaya jars (#1). Now S$8 each. 🎉 Target reached: the group buy is on!",
        ),
        (EN, "+1 gate 3", "Bob is in: 1 × Kaya jars (#1). Note: gate 3. Now S$8 each."),
        (ZH, "+2 要两瓶", "Bob 跟团：2 × 咖椰酱（#1）。当前 ¥12/份。"),
        (ZH, "+1 500ml瓶装", "Bob 跟团：1 × 咖椰酱（#1）。备注：500ml瓶装。当前 ¥12/份。"),
    ],
)
async def test_the_same_count_or_no_count_joins(opened: str, typed: str, said: str) -> None:
    chat = fake_chat()
    await chat.say("amy", opened)

    assert Chat.said(await chat.say("bob", typed)) == said

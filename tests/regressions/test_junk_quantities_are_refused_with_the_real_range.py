"""`+１e9` joined 1 with the note e9 and `+ 1 1` joined 1 with the note 1; `+99999` on a group buy with
`限购 5` said "1 to 999". Now the first two are refused, nothing joined, and the range said is the one
the group buy allows: its per-person limit, or the stock left when that is lower."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_exponent_and_two_numbers_join_nothing_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 库存 20 限购 5 截止 明天上午8点")
    exponent = Chat.said(await chat.say("troll", "+１e9"))
    two = Chat.said(await chat.say("troll", "+ 1 1"))
    too_many = Chat.said(await chat.say("troll", "+99999"))
    room = Chat.said(await chat.say("troll", "+1 502"))

    assert exponent == "没看懂要几份。跟团请发 +1、+2（整数），或“我要两份”。"
    assert two == "“+ 1 1”里有两个数字，没有任何改动。要 1 份就发 +1，要 11 份就发 +11。"
    assert too_many == "99999 不是有效的数量：芒果 每人限购 5 份，只能跟 1 到 5。例如：+2"
    assert room.startswith("Troll 跟团：1 × 芒果（#1）。备注：502。")  # the first join: nothing before it


async def test_the_range_is_the_stock_left_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea price 5 stock 3 ends tomorrow 8:00")
    too_many = Chat.said(await chat.say("troll", "+99999"))
    two = Chat.said(await chat.say("troll", "+1 2"))
    exponent = Chat.said(await chat.say("troll", "+1e9"))
    listed = Chat.said(await chat.say("amy", "/list"))

    assert too_many == "99999 is not a quantity I can take: only 3 of Tea left, so 1 to 3. Example: +2"
    assert two == (
        "“+1 2” has two numbers, so I can’t tell 1 from 12: nothing was changed."
        " For 1 send +1; for 12 send +12."
    )
    assert exponent == "I couldn't read how many. To join, send +1, +2 … (whole numbers)."
    assert "Troll" not in listed

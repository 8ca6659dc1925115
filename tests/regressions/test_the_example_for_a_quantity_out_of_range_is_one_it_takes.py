"""With 1 left, `+0` and `+99999` were answered "only 1 left, so 1 to 1. Example: +2", and the `+2`
they were told to send was refused in turn. The example is now one the range takes."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_with_one_left_the_example_is_plus_one_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea price 5 stock 3 ends tomorrow 8:00")
    await chat.say("bob", "+2")

    zero = Chat.said(await chat.say("cat", "+0"))
    too_many = Chat.said(await chat.say("cat", "+99999"))
    example = Chat.said(await chat.say("cat", "+1"))

    assert zero == "0 is not a quantity I can take: only 1 of Tea left, so 1 to 1. Example: +1"
    assert too_many == "99999 is not a quantity I can take: only 1 of Tea left, so 1 to 1. Example: +1"
    assert example.startswith("Cat is in: 1 × Tea (#1).")


async def test_with_a_limit_of_one_the_example_is_plus_one_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 库存 20 限购 1 截止 明天上午8点")

    too_many = Chat.said(await chat.say("troll", "+99999"))

    assert too_many == "99999 不是有效的数量：芒果 每人限购 1 份，只能跟 1 到 1。例如：+1"

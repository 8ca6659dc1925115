"""With several open, `+2 #2` with 1 left said `例如：+1`, and `候补 #2 2` with 3 left
`直接发 +2 跟团`: a bare `+1` then asks which. The example carries the number (`+1 #2`) whenever
more than one is open."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_examples_carry_the_number_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15/斤")
    await chat.say("amy", "接龙 东北大米 价格 60/袋 库存 3")

    waited = Chat.said(await chat.say("dan", "候补 #2 2"))
    await chat.say("bob", "+2 #2")
    short = Chat.said(await chat.say("cat", "+2 #2"))

    assert waited == "东北大米（#2）还剩 3袋，不用候补：直接发 +2 #2 跟团。没有任何改动。"
    assert short == "东北大米 只剩 1袋了，没有任何改动。例如：+1 #2"


async def test_the_examples_carry_the_number_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Lychees price 15 per kg")
    await chat.say("amy", "/groupbuy Rice price 60 per bag stock 3")

    waited = Chat.said(await chat.say("dan", "/wait #2 2"))
    await chat.say("bob", "+2 #2")
    short = Chat.said(await chat.say("cat", "+2 #2"))

    assert waited == "3 bags of Rice (#2) still left, no need to wait: join with +2 #2. Nothing was changed."
    assert short == "Only 1 bag left of Rice: nothing was changed. Example: +1 #2"


async def test_with_one_open_the_example_stays_bare() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 东北大米 价格 60/袋 库存 3")
    await chat.say("bob", "+2")
    assert Chat.said(await chat.say("cat", "+2")) == "东北大米 只剩 1袋了，没有任何改动。例如：+1"

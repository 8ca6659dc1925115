"""Review 26 (16): `佣金 #5 80%` with no #5 answered the range ("佣金比例须在 0% 到 50% 之间，80% 不行")
while `佣金 #5 50%` said "这个群里没有团购 #5": the checks came out of order. A #N named is checked first:
a missing one is said to be missing whatever the rate; an existing one's 80% gets the range; a rate
alone (`佣金 80%`) still gets the range before any question which group buy. In private, a number
that is not hers is said so as there (`你没有开过团购 #5`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_missing_group_buy_is_said_before_the_rate_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 68")

    assert chat.said(await chat.say("amy", "佣金 #5 80%")) == chat.said(await chat.say("amy", "佣金 #5 50%"))
    assert chat.said(await chat.say("amy", "佣金 #5 80%")) == (
        "这个群里没有团购 #5，没有任何改动。请用卡片上的编号，例如：佣金 #1 5%"
    )
    out_of_range = "佣金比例须在 0% 到 50% 之间，80% 不行，没有任何改动。"
    assert chat.said(await chat.say("amy", "佣金 #1 80%")) == out_of_range
    assert chat.said(await chat.say("amy", "佣金 80%")) == out_of_range
    assert chat.said(await chat.say("amy", "佣金 #5 80%", private=True)) == (
        "你没有开过团购 #5（只有它的团长能这样做），没有任何改动。"
    )


async def test_in_english_too() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 68")

    said = chat.said(await chat.say("amy", "/commission #5 80%"))

    assert said == (
        "There is no group buy #5 in this chat: nothing was changed. Use the number on its card, e.g. "
        "/commission #1 5%"
    )
    assert chat.said(await chat.say("amy", "/commission #1 80%")) == (
        "A commission rate is from 0% to 50%; 80% is not. Nothing was changed."
    )
    assert chat.said(await chat.say("amy", "/commission #5 80%", private=True)) == (
        "You did not open group buy #5 (only its organiser can do that): nothing was changed."
    )

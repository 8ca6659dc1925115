"""Session 42: `+5 帮王阿姨` on a group buy with options and 限购 4 was asked which option with the example
`+5 帮 王阿姨 咸蛋黄`, which the limit then refused. The question now says the limit and its example fits
it (`+4 帮 王阿姨 咸蛋黄`), what she already holds of an option counted; sending the example joins."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, chat_in, fake_chat


async def _mooncakes() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 规格 豆沙:8,咸蛋黄:9 限购 4")
    return chat


async def test_for_a_friend_the_example_is_cut_to_the_limit_and_goes_through() -> None:
    chat = await _mooncakes()

    asked = chat.said(await chat.say("kay", "+5 帮王阿姨"))

    assert asked == (
        "月饼（#1）帮 王阿姨 要哪个规格？豆沙 ¥8 / 咸蛋黄 ¥9。"
        "每个规格每人限购 4 份（帮朋友报的也算在你名下），跟团时带上规格，例如 +4 帮 王阿姨 咸蛋黄。"
    )
    joined = chat.said(await chat.say("kay", "+4 帮 王阿姨 咸蛋黄"))
    assert joined == "Kay 帮 王阿姨 跟团：4 × 月饼 咸蛋黄（#1）。咸蛋黄 现价 ¥9/份。"


async def test_an_option_she_holds_to_the_limit_is_never_the_example() -> None:
    chat = await _mooncakes()
    await chat.say("kay", "+4 咸蛋黄")

    asked = chat.said(await chat.say("kay", "+5 帮王阿姨"))

    assert asked.endswith(
        "每个规格每人限购 4 份（帮朋友报的也算在你名下），跟团时带上规格，例如 +4 帮 王阿姨 豆沙。"
    )


async def test_her_own_join_over_the_limit_in_english_says_the_limit() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Pies options small:8,big:9 limit 3")

    asked = chat.said(await chat.say("kay", "+5"))

    assert asked == (
        "Which option of Pies (#1)? small ¥8 / big ¥9. Each option is limited to 3 per person: "
        "send it with your join, e.g. +3 big, or tap its Join button."
    )
    assert chat.said(await chat.say("kay", "+3 big")).startswith("Kay is in: 3 × Pies big (#1).")


async def test_a_count_within_the_limit_keeps_the_question_as_it_was() -> None:
    chat = await _mooncakes()

    asked = chat.said(await chat.say("kay", "+3 帮王阿姨"))

    assert (
        asked
        == "月饼（#1）帮 王阿姨 要哪个规格？豆沙 ¥8 / 咸蛋黄 ¥9。跟团时带上规格，例如 +3 帮 王阿姨 咸蛋黄。"
    )

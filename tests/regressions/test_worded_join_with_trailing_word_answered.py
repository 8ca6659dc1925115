"""Session 11: `我要两份 small`, `我要 2 份 red`, `我要两份 小`, `我要两份 大` got no answer at all, while
`+2 small` joined (the word its note, or its option on a group buy with options: asked which when it is
none of them). After 我要两份 / 接 2 份, one word set apart is read as after `+2`; chatter glued on
(`我要2个小时才到`) or asking (`我要一个 吗`) stays quiet."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

NO_OPTIONS = "接龙 柚子 ¥30"
OPTIONS = "接龙 柚子 规格 大:30,小:20"
WHICH = "柚子（#1）要哪个规格？大 ¥30 / 小 ¥20。跟团时带上规格，例如 +1 小，或点对应的跟团按钮。"


async def _chat(opening: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", opening)
    return chat


@pytest.mark.parametrize(
    ("typed", "word"),
    [("我要两份 small", "small"), ("我要 2 份 red", "red"), ("我要两份 小", "小"), ("我要两份 大", "大")],
)
async def test_a_word_after_the_units_is_the_note_without_options(typed: str, word: str) -> None:
    chat = await _chat(NO_OPTIONS)

    said = Chat.said(await chat.say("bob", typed))

    assert said == f"Bob 跟团：2 × 柚子（#1）。备注：{word}。当前 ¥30/份。"
    assert (await chat.card()).endswith(f"\n\n1. Bob ×2 · {word}")


async def test_a_word_that_is_no_option_is_asked_which_as_after_plus_two() -> None:
    chat = await _chat(OPTIONS)

    # the example keeps the count typed (session 25: `+2 小`, not `+1 小`)
    assert Chat.said(await chat.say("bob", "我要 2 份 red")) == WHICH.replace("+1 小", "+2 小")
    assert Chat.said(await chat.say("bob", "+2 red")) == WHICH.replace("+1 小", "+2 小")


async def test_a_size_in_english_names_the_chinese_option() -> None:
    chat = await _chat(OPTIONS)

    # session 25: `small` is 小 said in English (`+1 large box`: 大盒), no longer asked which
    assert Chat.said(await chat.say("bob", "我要两份 small")).startswith("Bob 跟团：2 × 柚子 小（#1）。")


@pytest.mark.parametrize(("typed", "option", "price"), [("我要两份 小", "小", 20), ("我要两份 大", "大", 30)])
async def test_an_options_name_after_the_units_joins_that_option(typed: str, option: str, price: int) -> None:
    chat = await _chat(OPTIONS)

    said = Chat.said(await chat.say("bob", typed))

    assert said == f"Bob 跟团：2 × 柚子 {option}（#1）。{option} 现价 ¥{price}/份。"


@pytest.mark.parametrize(
    "typed", ["我要2个小时才到", "我要一个 吗", "我要两个 好吧", "我要两份 那个大的行吗"]
)
async def test_talk_after_the_units_stays_quiet(typed: str) -> None:
    chat = await _chat(NO_OPTIONS)

    assert await chat.say("bob", typed) == []
    assert "1. Bob" not in await chat.card()

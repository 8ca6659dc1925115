"""Review 56 #6: `+1.5 大盒` was answered `没看懂要几份…` although the README promises the whole-number
hint `+1.5` gets; `small box x2` right after the which-option question got silence although `+2 small
box` joins; `已收 1-9`'s example read `已收款 1-1`, not the `已收` typed. Now `+1.5 大盒` is told 份 are whole
(its example naming the option), the option named with a count answers the question with that count,
and the example keeps the word typed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _boxes(lang: str) -> Chat:
    chat = fake_chat()
    if lang == "zh":
        await chat.say("wang", "接龙 草莓 规格 大盒:75,小盒:40", name="王姐")
    else:
        await chat.say("wang", "/groupbuy Strawberries options large box:75,small box:40", name="Wang")
    return chat


async def test_a_decimal_count_of_an_option_gets_the_whole_number_hint() -> None:
    chat = await _boxes("zh")
    for typed in ("+1.5 大盒", "＋1.5大盒"):
        replies = await chat.say("amy", typed, name="阿美")
        assert (
            chat.said(replies) == "“1.5”：这里按份卖，份数只能是整数：发 +1 大盒 或 +2 大盒。没有任何改动。"
        )
    chat = await _boxes("en")
    replies = await chat.say("amy", "+1.5 large box", name="Amy")
    assert (
        chat.said(replies) == "“1.5”: this is sold in whole portions: send +1 large box or +2 large box. "
        "Nothing was changed."
    )


@pytest.mark.parametrize(
    ("answer", "joined"),
    [
        ("small box x2", "Tom is in: 2 × 草莓 小盒 (#1). 小盒: now ¥40 each."),  # English words (session 30)
        ("大盒 2份", "Tom 跟团：2 × 草莓 大盒（#1）。大盒 现价 ¥75/份。"),
        ("大盒 ×3", "Tom 跟团：3 × 草莓 大盒（#1）。大盒 现价 ¥75/份。"),
    ],
)
async def test_the_option_with_a_count_answers_the_which_option_question(answer: str, joined: str) -> None:
    chat = await _boxes("zh")
    asked = chat.said(await chat.say("tom", "+1", name="Tom"))
    assert asked.startswith("草莓（#1）要哪个规格？")
    assert chat.said(await chat.say("tom", answer, name="Tom")) == joined


async def test_a_size_never_asked_about_stays_talk() -> None:
    chat = await _boxes("zh")
    assert await chat.say("tom", "small box x2", name="Tom") == []  # no question asked: talk
    await chat.say("tom", "+1", name="Tom")
    assert await chat.say("tom", "medium box x2", name="Tom") == []  # names no option here


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("已收 1-9", "这里没有订单 #1-9。例如：已收 1-1（订单消息里的编号）"),
        ("已收款 1-9", "这里没有订单 #1-9。例如：已收款 1-1（订单消息里的编号）"),
        ("/paid 1-9", "这里没有订单 #1-9。例如：/paid 1-1（订单消息里的编号）"),
    ],
)
async def test_an_unknown_order_is_answered_with_the_word_typed(typed: str, answer: str) -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 草莓 价格 40", name="王姐")
    await chat.say("amy", "+1", name="阿美")
    await chat.say("wang", "截单", name="王姐")
    assert chat.said(await chat.say("wang", typed, name="王姐")) == answer

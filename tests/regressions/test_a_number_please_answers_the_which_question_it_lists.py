"""Asked which group buy her `+1` meant ("… or reply with its number or name"), Eve answered `2 please`:
it was read as a join of 2 and she was asked the same question again. The question asked for a number,
and #2 is one it listed, so `2 please` (`#2 please`, `2号`, `2号 谢谢`) answers it: her `+1` joins #2, and
the reply says the words were read as the answer, with what to send for 2 in all. Where the question did
not list #2, or she typed `2 please` as her first join, it stays a join of 2."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

ZH = {
    "open": ("开团 荔枝 价格 20", "开团 芒果 价格 30", "开团 苹果 价格 5"),
    # `2 please` is a courtesy alone: the Chinese chat reads its answer in Chinese (session 34)
    "read": "Eve 跟团：1 × 芒果（#2）。当前 ¥30/份。\n"
    "（“2 please”当作回答：#2 芒果。如果要的是数量 2，再发 +1 #2。）",
    "joined": "Eve 跟团：1 × 芒果（#2）。当前 ¥30/份。",
    "joined_en": "Eve 跟团：1 × 芒果（#2）。当前 ¥30/份。",  # `#2 please`: a courtesy alone (session 34)
    "joined_zh": "Eve 跟团：1 × 芒果（#2）。当前 ¥30/份。",
    "asked_two": "荔枝发 +2 #1",
}
EN = {
    "open": ("/groupbuy Lychees price 20", "/groupbuy Mangoes price 30", "/groupbuy Apples price 5"),
    "read": "Eve is in: 1 × Mangoes (#2). Now ¥30 each.\n"
    "(“2 please” was read as your answer: #2 Mangoes. If you meant 2 in all, send +1 #2 as well.)",
    "joined": "Eve is in: 1 × Mangoes (#2). Now ¥30 each.",
    "joined_en": "Eve is in: 1 × Mangoes (#2). Now ¥30 each.",
    "joined_zh": "Eve 跟团：1 × Mangoes（#2）。当前 ¥30/份。",  # `2号 谢谢`: Chinese words (s32)
    "asked_two": "Lychees: +2 #1",
}


async def _asked(words: dict[str, object], *, third: bool = False) -> Chat:
    chat = fake_chat()
    opens = words["open"]
    assert isinstance(opens, tuple)
    for text in opens[: 3 if third else 2]:
        await chat.say("amy", text)
    assert "#2" in chat.said(await chat.say("eve", "+1"))  # which one? nothing added
    return chat


@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_two_please_answers_the_question_and_says_so(words: dict[str, str]) -> None:
    chat = await _asked(words)

    assert chat.said(await chat.say("eve", "2 please")) == words["read"]
    assert "Eve" in await chat.card(2) and "Eve" not in await chat.card(1)
    assert words["asked_two"] in chat.said(await chat.say("eve", "2 please"))  # answered: a join of 2 again


@pytest.mark.parametrize("answer", ["#2 please", "2号", "2号 谢谢", "#2 pls"])
@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_a_number_with_a_courtesy_answers_the_question(words: dict[str, str], answer: str) -> None:
    chat = await _asked(words)

    said = chat.said(await chat.say("eve", answer))

    # `#2 please` is English, `2号 谢谢` Chinese: each answered in its own words' language (s32)
    heard = "joined_en" if "#2 p" in answer else "joined_zh" if "谢谢" in answer else "joined"
    assert said == words[heard]


@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_two_please_stays_a_join_when_the_question_did_not_list_it(words: dict[str, str]) -> None:
    chat = await _asked(words, third=True)
    await chat.say("amy", "取消 #2" if words is ZH else "/cancel #2")
    assert "#2" not in chat.said(await chat.say("eve", "+1"))  # asked again: #1 · #3

    again = chat.said(await chat.say("eve", "2 please"))

    assert words["asked_two"] in again  # a join of 2, which one? nothing added
    assert "Eve" not in await chat.card(1) and "Eve" not in await chat.card(3)


@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_two_please_typed_first_is_a_join_of_two(words: dict[str, str]) -> None:
    chat = fake_chat()
    opens = words["open"]
    for text in opens[:2]:
        await chat.say("amy", text)

    first = chat.said(await chat.say("eve", "2 please"))
    again = chat.said(await chat.say("eve", "2 please"))

    assert words["asked_two"] in first and again == first  # typed again as first asked: still two
    assert "Eve" not in await chat.card(2)

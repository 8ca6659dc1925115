"""Asked which group buy her `+1` meant, Eve answered a bare `2`: her `+1` joined #2 with no word that the 2
was read as the group buy, not as two of it (`2 please` already said so). A bare number answer now says
how it was read, with what to send for that many in all; `#2` and `2号` (no quantity) join as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

ZH = {
    "open": ("开团 荔枝 价格 20", "开团 芒果 价格 30", "开团 苹果 价格 5"),
    "cancel": "取消 #2",
    "two": "Eve 跟团：1 × 芒果（#2）。当前 ¥30/份。\n"
    "（“2”当作回答：#2 芒果。如果要的是数量 2，再发 +1 #2。）",
    "one": "Eve 跟团：1 × 荔枝（#1）。当前 ¥20/份。\n（“1”当作回答：#1 荔枝。）",
    "joined": "Eve 跟团：1 × 芒果（#2）。当前 ¥30/份。",
    # `#2 please` is a courtesy alone: the Chinese chat reads its answer in Chinese (session 34)
    "joined_en": "Eve 跟团：1 × 芒果（#2）。当前 ¥30/份。",
    "place": "Eve 跟团：1 × 苹果（#3）。当前 ¥5/份。\n"
    "（“2”当作回答：#3 苹果。如果要的是数量 2，再发 +1 #3。）",
}
EN = {
    "open": ("/groupbuy Lychees price 20", "/groupbuy Mangoes price 30", "/groupbuy Apples price 5"),
    "cancel": "/cancel #2",
    "two": "Eve is in: 1 × Mangoes (#2). Now ¥30 each.\n"
    "(“2” was read as your answer: #2 Mangoes. If you meant 2 in all, send +1 #2 as well.)",
    "one": "Eve is in: 1 × Lychees (#1). Now ¥20 each.\n(“1” was read as your answer: #1 Lychees.)",
    "joined": "Eve is in: 1 × Mangoes (#2). Now ¥30 each.",
    "joined_en": "Eve is in: 1 × Mangoes (#2). Now ¥30 each.",
    "place": "Eve is in: 1 × Apples (#3). Now ¥5 each.\n"
    "(“2” was read as your answer: #3 Apples. If you meant 2 in all, send +1 #3 as well.)",
}


async def _asked(words: dict[str, object], *, third: bool = False) -> Chat:
    chat = fake_chat()
    opens = words["open"]
    assert isinstance(opens, tuple)
    for text in opens[: 3 if third else 2]:
        await chat.say("amy", text)
    if third:
        await chat.say("amy", str(words["cancel"]))
    assert "#1" in chat.said(await chat.say("eve", "+1"))  # which one? nothing added
    return chat


@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_a_bare_two_says_it_was_read_as_the_answer(words: dict[str, str]) -> None:
    chat = await _asked(words)

    assert chat.said(await chat.say("eve", "2")) == words["two"]
    assert "Eve" in await chat.card(2) and "Eve" not in await chat.card(1)


@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_a_bare_one_after_plus_one_says_only_how_it_was_read(words: dict[str, str]) -> None:
    chat = await _asked(words)

    assert chat.said(await chat.say("eve", "1")) == words["one"]


@pytest.mark.parametrize("answer", ["#2", "2号", "#2 please"])
@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_a_number_that_is_no_quantity_joins_as_before(words: dict[str, str], answer: str) -> None:
    chat = await _asked(words)

    said = chat.said(await chat.say("eve", answer))

    assert said == words["joined_en" if "please" in answer else "joined"]


@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_a_bare_number_read_as_a_place_says_so(words: dict[str, str]) -> None:
    chat = await _asked(words, third=True)  # asked: #1 · #3

    assert chat.said(await chat.say("eve", "2")) == words["place"]
    assert "Eve" in await chat.card(3)

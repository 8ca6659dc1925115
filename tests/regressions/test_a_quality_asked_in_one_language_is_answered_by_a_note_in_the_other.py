"""Session 17: in a group with the Chinese note `凤梨很甜，台湾凤梨推荐` on the group buy 台湾凤梨,
`/ask is the pineapple sweet?` (and the same asked privately) said "I can't answer that", and `问 荔枝甜吗`
did not quote the English note "the lychees are really sweet" on Lychees: the note linked to the group
buy the question names in the other language (`in_chinese`: pineapple → 凤梨) was no candidate, was
dropped as about another product, and a yes/no question needs its quality said in the note's own
words, while nothing said that "sweet" is 甜. The quality words of `qualities` in `ask_words.json` now
count in either language; a quality the note does not say still gets "I can't answer that"."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api, said_in
from tests.unit.handlers.conftest import Chat, fake_chat

# Review 31: a question about a group buy no friend's note speaks to, while notes on it exist, quotes
# them saying they do not mention it: the note is still never given as the answer
NOT_MENTIONED = ("的笔记没有提到这个，他们说过：", "do not mention that; they said:")


def unanswered(answer: str, dont_know: str) -> bool:
    """Not answered by a note: "I can't answer that", or the notes on it said not to mention it."""
    return answer.startswith(dont_know) or answer.split("\n")[0].endswith(NOT_MENTIONED)


PINEAPPLE = "凤梨很甜，台湾凤梨推荐"
LYCHEES = "the lychees are really sweet"
DONT_KNOW_ZH = "这个我答不上来：团购里没有记着。"
DONT_KNOW_EN = "I can't answer that: the group buy does not record it."


async def _group() -> Chat:
    chat = fake_chat()
    await chat.say("cat", "接龙 台湾凤梨 价格 30")
    await chat.say("bob", "+1")
    await chat.say("bob", f"种草 #1 {PINEAPPLE}")
    await chat.say("amy", "/groupbuy Lychees price 15 stock 40")
    await chat.say("eve", "+1 #2")
    await chat.say("eve", f"/note #2 {LYCHEES}")
    return chat


async def test_an_english_question_quotes_a_chinese_note_saying_the_quality() -> None:
    chat = await _group()

    asked = chat.said(await chat.say("dan", "/ask is the pineapple sweet?"))
    privately = await chat.say("dan", "is the pineapple sweet?", private=True)

    assert asked.startswith(f"What friends said:\nNote #1 Bob: “{PINEAPPLE}”\n"), asked
    assert [r.text for r in privately] == [
        f"What friends said:\nNote #1 Bob on 台湾凤梨 (#1): “{PINEAPPLE}”\n"
        "Send /note and its number to read one whole."
    ]


async def test_a_chinese_question_quotes_an_english_note_saying_the_quality() -> None:
    chat = await _group()

    asked = chat.said(await chat.say("dan", "问 荔枝甜吗"))
    privately = await chat.say("dan", "荔枝甜吗", private=True)

    assert asked.startswith(f"群里的朋友说过：\n笔记 #2 Eve：「{LYCHEES}」\n"), asked
    said = f"群里的朋友说过：\n笔记 #2 Eve，关于 Lychees（#2）：「{LYCHEES}」\n发“笔记 编号”看全文。"
    assert [r.text for r in privately] == [said]


async def test_a_quality_the_note_does_not_say_is_still_not_known() -> None:
    chat = await _group()

    sour = chat.said(await chat.say("dan", "/ask is the pineapple sour?"))
    suan = chat.said(await chat.say("dan", "问 荔枝酸吗"))

    assert unanswered(sour, DONT_KNOW_EN), sour
    assert unanswered(suan, DONT_KNOW_ZH), suan


async def test_the_same_on_sqlite(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [
            ("cat", "接龙 台湾凤梨 价格 30"),
            ("bob", "+1"),
            ("bob", f"种草 #1 {PINEAPPLE}"),
            ("amy", "/groupbuy Lychees price 15 stock 40"),
            ("eve", "+1 #2"),
            ("eve", f"/note #2 {LYCHEES}"),
        ]:
            await api.say("g", user, text)

        [sweet] = said_in(await api.say("g", "dan", "/ask is the pineapple sweet?"), "g")
        [tian] = said_in(await api.say("g", "dan", "问 荔枝甜吗"), "g")

    assert sweet.startswith(f"What friends said:\nNote #1 Bob: “{PINEAPPLE}”\n"), sweet
    assert tian.startswith(f"群里的朋友说过：\n笔记 #2 Eve：「{LYCHEES}」\n"), tian

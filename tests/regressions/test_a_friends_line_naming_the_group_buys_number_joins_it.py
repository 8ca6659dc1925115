"""Session 30 (P2 item 1): with several group buys open, `Tom +1 #2`, `小王 +1 #3` and `#2 小王 +2` (a
friend's line written name first, the group buy's number after or before it) got no reply at all, while
`+1 #2` joined her own line and `Tom +1` asked which group buy. Now they are the friend's line in that
group buy, as `+1 #2 帮 小王` is; `我 +2 #2` / `me +2 #2` stay her own; a number no group buy open here has
gets the usual refusal, nothing joined; a word that is no name (`排队 +1 #2`) stays talk."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

ZH = ("接龙 荔枝 价格 20 成团 10", "接龙 芒果 价格 30 成团 10", "接龙 鸡蛋 价格 5")
EN = (
    "/groupbuy Lychees price 20 target 10",
    "/groupbuy Mangoes price 30 target 10",
    "/groupbuy Eggs price 5",
)


async def _open(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    for opening in ZH if lang == "zh" else EN:
        await chat.say("amy", opening)
    return chat


@pytest.mark.parametrize(
    ("typed", "number", "said", "line"),
    [
        ("Tom +1 #2", 2, "Cat 帮 Tom 跟团：1 × 芒果（#2）。当前 ¥30/份。", "1. Cat 帮 Tom ×1"),
        ("小王 +1 #3", 3, "Cat 帮 小王 跟团：1 × 鸡蛋（#3）。当前 ¥5/份。", "1. Cat 帮 小王 ×1"),
        ("#2 小王 +2", 2, "Cat 帮 小王 跟团：2 × 芒果（#2）。当前 ¥30/份。", "1. Cat 帮 小王 ×2"),
        ("王阿姨 +1 #1", 1, "Cat 帮 王阿姨 跟团：1 × 荔枝（#1）。当前 ¥20/份。", "1. Cat 帮 王阿姨 ×1"),
        ("我 +2 #2", 2, "Cat 跟团：2 × 芒果（#2）。当前 ¥30/份。", "1. Cat ×2"),
    ],
)
async def test_a_friends_line_in_chinese_joins_the_group_buy_named(
    typed: str, number: int, said: str, line: str
) -> None:
    chat = await _open("zh")
    for name in ("小王", "王阿姨"):  # members here: a name before the count is theirs, never Cat's own
        await chat.say(f"member-{name}", "大家好", name=name)

    joined = Chat.said(await chat.say("cat", typed))

    assert joined == said
    assert (await chat.card(number)).endswith(f"\n\n{line}")
    for other in {1, 2, 3} - {number}:
        assert "Cat" not in await chat.card(other)


@pytest.mark.parametrize(
    ("typed", "said", "line"),
    [
        ("Tom +1 #2", "Cat joined for Tom: 1 × Mangoes (#2). Now ¥30 each.", "1. Cat for Tom ×1"),
        ("#2 Tom +3", "Cat joined for Tom: 3 × Mangoes (#2). Now ¥30 each.", "1. Cat for Tom ×3"),
        ("me +2 #2", "Cat is in: 2 × Mangoes (#2). Now ¥30 each.", "1. Cat ×2"),
    ],
)
async def test_a_friends_line_in_english_joins_the_group_buy_named(typed: str, said: str, line: str) -> None:
    chat = await _open("en")

    joined = Chat.said(await chat.say("cat", typed))

    assert joined == said
    assert (await chat.card(2)).endswith(f"\n\n{line}")
    assert "Cat" not in await chat.card(1)
    assert "Cat" not in await chat.card(3)


async def test_the_friends_order_is_the_friends_line() -> None:
    chat = await _open("zh")
    await chat.say("cat", "Tom +1 #2")
    await chat.say("cat", "+2 #2")

    listed = Chat.said(await chat.say("amy", "名单 #2"))

    assert "\n1. Cat 帮 Tom ×1\n2. Cat ×2" in listed, listed


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("zh", "Tom +1 #9", "这个群里没有团购 #9，没有任何改动。请用卡片上的编号，例如：+1 #3 或 跟团 #3 2"),
        ("zh", "小王 +1 #9", "这个群里没有团购 #9，没有任何改动。请用卡片上的编号，例如：+1 #3 或 跟团 #3 2"),
        (
            "en",
            "Tom +1 #9",
            "There is no group buy #9 in this chat: nothing was changed. Use the number on its card, "
            "e.g. +1 #3 or /join #3 2",
        ),
    ],
)
async def test_a_number_no_group_buy_here_has_is_refused(lang: str, typed: str, said: str) -> None:
    chat = await _open(lang)

    refused = Chat.said(await chat.say("cat", typed))

    assert refused == said
    for number in (1, 2, 3):
        assert "Cat" not in await chat.card(number)


@pytest.mark.parametrize("typed", ["排队 +1 #2", "Same +1 #2"])
async def test_a_word_that_is_no_name_stays_talk(typed: str) -> None:
    chat = await _open("zh")

    replies = await chat.say("cat", typed)

    assert [reply.text for reply in replies if reply.text] == []
    assert "Cat" not in await chat.card(2)

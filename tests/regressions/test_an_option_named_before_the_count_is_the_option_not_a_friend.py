"""Session 30 (P2 item 2): `Vanilla -1` where vanilla is an option of the group buy was read as a friend
called Vanilla ("You have no line for Vanilla…"), and `vanilla -1` / `香草 -1` got no reply at all, while
`-1 vanilla` took one vanilla off. An option's name before the count is that option (case and width
aside), on the only group buy open here or the one named (`#2`), as `+1`'s was already; a friend's line
still works when the word is no option (`Tom -1`, `小王 -1`); a word that is both an option and a friend
she put down on it is asked which, both examples, nothing changed; any other word stays talk (`温度 -1`)."""

from __future__ import annotations

import pytest

from handlers.edited import edited_notice
from tests.unit.handlers.conftest import Chat, fake_chat

EN = "/groupbuy Ice cream options vanilla:8,chocolate:10"
ZH = "接龙 冰淇淋 规格 香草:8,巧克力:10"


@pytest.mark.parametrize("typed", ["Vanilla -1", "vanilla -1", "VANILLA -1", "Ｖａｎｉｌｌａ -1"])
async def test_an_option_before_the_leave_takes_one_of_it_off(typed: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", EN)
    await chat.say("cat", "+2 vanilla")

    left = Chat.said(await chat.say("cat", typed))

    assert left == "Cat now has 1 × Ice cream vanilla (#1). Vanilla: now ¥8 each."
    assert (await chat.card()).endswith("\n\n1. Cat vanilla ×1")


async def test_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", ZH)
    await chat.say("cat", "+2 香草")

    left = Chat.said(await chat.say("cat", "香草 -1"))

    assert left == "Cat 现在是 1 × 冰淇淋 香草（#1）。香草 现价 ¥8/份。"
    assert (await chat.card()).endswith("\n\n1. Cat 香草 ×1")


@pytest.mark.parametrize("typed", ["Vanilla +1", "香草 +1"])
async def test_an_option_before_the_join_joins_it(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", ZH if typed.startswith("香") else EN)
    option = "香草" if typed.startswith("香") else "vanilla"

    joined = Chat.said(await chat.say("cat", typed))

    assert (await chat.card()).endswith(f"\n\n1. Cat {option} ×1"), joined


@pytest.mark.parametrize("typed", ["Vanilla -1", "Vanilla -1 #2"])
async def test_among_several_the_one_with_the_option_or_named(typed: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Milk price 5")
    await chat.say("amy", EN)
    await chat.say("cat", "+2 #2 vanilla")
    await chat.say("cat", "+1 #1")

    left = Chat.said(await chat.say("cat", typed))

    assert left == "Cat now has 1 × Ice cream vanilla (#2). Vanilla: now ¥8 each."
    assert (await chat.card(2)).endswith("\n\n1. Cat vanilla ×1")
    assert (await chat.card(1)).endswith("\n\n1. Cat ×1")


@pytest.mark.parametrize(
    ("lang", "friend_join", "typed", "said", "card"),
    [
        (
            "en",
            "+1 for Tom chocolate",
            "Tom -1",
            "Cat took the line for Tom off Ice cream chocolate (#1); Cat still has 2 on the list.",
            "1. Cat vanilla ×2",
        ),
        (
            "zh",
            "+1 帮 小王 巧克力",
            "小王 -1",
            "Cat 撤下了帮 小王 报的 冰淇淋 巧克力（#1），Cat 名单上还有 2 份。",
            "1. Cat 香草 ×2",
        ),
    ],
)
async def test_a_friend_whose_name_is_no_option_still_has_her_line_taken_off(
    lang: str, friend_join: str, typed: str, said: str, card: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", EN if lang == "en" else ZH)
    await chat.say("cat", friend_join)
    await chat.say("cat", "+2 vanilla" if lang == "en" else "+2 香草")

    left = Chat.said(await chat.say("cat", typed))

    assert left == said
    assert (await chat.card()).endswith(f"\n\n{card}")


async def test_a_word_both_an_option_and_her_friend_is_asked_which_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Milk price 5")
    await chat.say("amy", EN)
    await chat.say("cat", "+1 #2 for Vanilla chocolate")
    await chat.say("cat", "+2 #2 vanilla")
    before = await chat.card(2)

    leave = Chat.said(await chat.say("cat", "Vanilla -1"))
    join = Chat.said(await chat.say("cat", "vanilla +1"))

    asked = "“{}” is both an option of Ice cream (#2) and your friend Vanilla’s line, so nothing was changed."
    assert leave == asked.format("Vanilla") + (
        " For the option, send -1 #2 vanilla; for Vanilla’s line, send -1 #2 for Vanilla."
    )
    assert join == asked.format("vanilla") + (
        " For the option, send +1 #2 vanilla; for Vanilla’s line, send +1 #2 for Vanilla chocolate."
    )
    assert await chat.card(2) == before
    assert before.endswith("\n\n1. Cat for Vanilla chocolate ×1\n2. Cat vanilla ×2")
    followed = Chat.said(await chat.say("cat", "-1 #2 for Vanilla"))
    assert followed.startswith("Cat took the line for Vanilla off Ice cream chocolate (#2)"), followed


async def test_a_word_both_an_option_and_her_friend_is_asked_which_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", ZH)
    await chat.say("cat", "+1 帮 香草 巧克力")
    await chat.say("cat", "+1 香草")
    before = await chat.card()

    leave = Chat.said(await chat.say("cat", "香草 -1"))
    join = Chat.said(await chat.say("cat", "香草 +2"))

    asked = "“香草”既是 冰淇淋（#1）的规格，也是你帮报的 香草，没有任何改动。"
    assert leave == asked + "指规格请发 -1 香草；指帮 香草 报的那份请发 -1 帮 香草。"
    assert join == asked + "指规格请发 +2 香草；指帮 香草 报的那份请发 +2 帮 香草 巧克力。"
    assert await chat.card() == before
    assert before.endswith("\n\n1. Cat 帮 香草 巧克力 ×1\n2. Cat 香草 ×1")


@pytest.mark.parametrize("typed", ["温度 -1", "Hello -1"])
async def test_any_other_word_before_a_leave_stays_talk(typed: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", EN)
    await chat.say("cat", "+2 vanilla")

    replies = await chat.say("cat", typed)

    assert [reply.text for reply in replies if reply.text] == []
    assert (await chat.card()).endswith("\n\n1. Cat vanilla ×2")


@pytest.mark.parametrize("typed", ["温度 -1", "hello -1"])
def test_talk_before_a_leave_edited_is_told_nothing(typed: str) -> None:
    assert edited_notice(typed, name="Cat", lang="zh", bot_username="", private=False) is None


async def test_a_command_word_before_a_minus_stays_that_command() -> None:
    chat = fake_chat()
    await chat.say("amy", ZH)

    said = Chat.said(await chat.say("amy", "佣金 -5"))

    assert said == "佣金比例须在 0% 到 50% 之间，-5% 不行，没有任何改动。"

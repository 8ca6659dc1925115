"""Session 29's replay (rep53 #2, #4, #7, #10): English `husband +1`, `my mum +1`, `+1 my mum`, `Tom +1`,
`Ann +1 Bob +1` joined nothing and got no reply (zh `老公 +1`, `小王 +1` worked); `+1 老公 3号楼` was her own
line with the note "老公 3号楼"; a line joined as `老公 +1`, `小王 +1`, `@王阿姨 +1` could not be taken back
the same way (`老公 -1`, `小王 -1`, `-1 @王阿姨`: silence; `-1 我妈`: a generic hint); `me +1` in a Chinese
chat was answered in English. Now English has zh's rules, a note may follow the kinship word, a leave
names whose line as its join did, and `me` tells no language."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _english(title: str = "/groupbuy Plums price 10 ends 3d") -> tuple[Chat, FakeUnitOfWorkFactory]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", title)
    return chat, factory


async def _chinese(title: str = "接龙 鲜牛奶 价格 45") -> tuple[Chat, FakeUnitOfWorkFactory]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", title)
    return chat, factory


def _lines(factory: FakeUnitOfWorkFactory) -> list[tuple[str, str, int, str]]:
    held = [line for lines in factory.state.lines.values() for line in lines.values()]
    return sorted((line.user_id, line.friend, line.quantity, line.note) for line in held)


@pytest.mark.parametrize(
    ("text", "friend"),
    [
        ("husband +1", "husband"),
        ("mum +1", "mum"),
        ("my mum +1", "mum"),
        ("My mum +1", "mum"),
        ("+1 my mum", "mum"),
        ("Tom +1", "Tom"),
    ],
)
async def test_an_english_kinship_word_or_name_around_the_count_is_that_line(text: str, friend: str) -> None:
    chat, factory = await _english()
    said = chat.said(await chat.say("bob", text))
    assert said == f"Bob joined for {friend}: 1 × Plums (#1). Now ¥10 each."
    assert _lines(factory) == [("bob", friend, 1, "")]


async def test_a_capitalised_word_naming_goods_is_never_a_friends_line() -> None:
    chat, factory = await _english("/groupbuy Kaya price 3 ends 3d")
    durian = chat.said(await chat.say("bob", "Durian +1"))
    kayaa = chat.said(await chat.say("bob", "Kayaa +1"))
    assert durian == (
        "There is no Durian group buy here. Open here: #1 Kaya; to join one, send e.g. +1 #1. "
        "Nothing was changed."
    )
    assert kayaa == "“Kayaa” looks like Kaya (#1). To join it, send +1 #1. Nothing was changed."
    assert _lines(factory) == []


async def test_two_english_names_on_one_line_are_asked_one_by_one() -> None:
    chat, factory = await _english()
    said = chat.said(await chat.say("cat", "Ann +1 Bob +1"))
    assert said == (
        "One person per message, please: send “+1 for Ann”, then “+1 for Bob” as a message of its own. "
        "Nothing was changed."
    )
    assert _lines(factory) == []


@pytest.mark.parametrize("text", ["team +1", "Same +1", "Team +1", "same +1", "Thanks +1"])
async def test_english_words_of_talk_before_the_count_stay_talk(text: str) -> None:
    chat, factory = await _english()
    replies = await chat.say("bob", text)
    assert not [reply for reply in replies if reply.text and not reply.private_to]
    assert _lines(factory) == []


async def test_a_note_after_the_kinship_word_is_the_kins_lines_note() -> None:
    chat, factory = await _chinese()
    said = chat.said(await chat.say("bob", "+1 老公 3号楼"))
    assert said == "Bob 帮 老公 跟团：1 × 鲜牛奶（#1）。备注：3号楼。当前 ¥45/份。"
    assert _lines(factory) == [("bob", "老公", 1, "3号楼")]
    chat, factory = await _english()
    said = chat.said(await chat.say("bob", "+1 my mum gate 3"))
    assert said == "Bob joined for mum: 1 × Plums (#1). Note: gate 3. Now ¥10 each."
    assert _lines(factory) == [("bob", "mum", 1, "gate 3")]


async def test_the_which_option_example_keeps_the_relative() -> None:
    chat, factory = await _english("/groupbuy Cookies options vanilla:12,choc:14 ends 3d")
    asked = chat.said(await chat.say("cat", "+1 my mum"))
    assert asked == (
        "Which option of Cookies (#1) for mum? vanilla ¥12 / choc ¥14. "
        "Send it with the join, e.g. +1 for mum choc."
    )
    said = chat.said(await chat.say("cat", "+1 for mum choc"))
    assert said == "Cat joined for mum: 1 × Cookies choc (#1). Choc: now ¥14 each."
    assert _lines(factory) == [("cat", "mum", 1, "")]


@pytest.mark.parametrize(
    ("joined", "taken", "said"),
    [
        ("老公+1", "老公 -1", "Bob 撤下了帮 老公 报的 鲜牛奶（#1）。"),
        ("我妈＋1", "-1 我妈", "Bob 撤下了帮 妈妈 报的 鲜牛奶（#1）。"),
        ("小王 +1", "小王 -1", "Bob 撤下了帮 小王 报的 鲜牛奶（#1）。"),
        ("@王阿姨 ＋1", "-1 @王阿姨", "Bob 撤下了帮 王阿姨 报的 鲜牛奶（#1）。"),
        ("王阿姨 +1", "-1 王阿姨", "Bob 撤下了帮 王阿姨 报的 鲜牛奶（#1）。"),
    ],
)
async def test_a_chinese_friends_line_is_taken_back_as_it_was_joined(
    joined: str, taken: str, said: str
) -> None:
    chat, factory = await _chinese()
    for name in ("小王", "王阿姨"):  # members here: a name before the count is theirs, never Bob's own
        await chat.say(f"member-{name}", "大家好", name=name)
    await chat.say("bob", joined)
    assert chat.said(await chat.say("bob", taken)) == said
    assert _lines(factory) == []


@pytest.mark.parametrize(
    ("joined", "taken"), [("mum +1", "mum -1"), ("my mum +1", "-1 for my mum"), ("Tom +1", "Tom -1")]
)
async def test_an_english_friends_line_is_taken_back_as_it_was_joined(joined: str, taken: str) -> None:
    chat, factory = await _english()
    await chat.say("bob", joined)
    friend = _lines(factory)[0][1]
    assert chat.said(await chat.say("bob", taken)) == f"Bob took the line for {friend} off Plums (#1)."
    assert _lines(factory) == []


async def test_taking_back_a_line_she_does_not_hold_names_her_lines() -> None:
    chat, factory = await _chinese()
    await chat.say("bob", "老公 +1")
    said = chat.said(await chat.say("bob", "-1 奶奶"))
    assert (
        said == "你在 鲜牛奶（#1）没有帮 奶奶 报的；你帮朋友报的有：老公 ×1。例如：-1 帮 老公。没有任何改动。"
    )
    assert _lines(factory) == [("bob", "老公", 1, "")]


async def test_me_before_the_count_keeps_the_chats_language() -> None:
    chat, _ = await _chinese()
    assert chat.said(await chat.say("bob", "me +1")) == "Bob 跟团：1 × 鲜牛奶（#1）。当前 ¥45/份。"
    chat, _ = await _english()
    assert chat.said(await chat.say("bob", "me +1")) == "Bob is in: 1 × Plums (#1). Now ¥10 each."

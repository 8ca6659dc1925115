"""Session 26 (rep37 finding 9): after the close with no new round, Zoe `+1 #2`, P10 `+1`, `候补` were
answered "团购 #4（…）已经截单了，没有任何改动。" and nothing else; P10's `再开一团` in the group got
silence, and in private "我没看懂". Now a late join or wait says to ask the organiser, named, for another
round (her own says how to open it); a buyer's `再开一团` says only 团长 open one and whom to ask.
`@Amy 能再开一团吗？` stays talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

CLOSED_ZH = "团购 #1（阳光玫瑰）已经截单了，没有任何改动。"


async def _closed(lang: str = "zh") -> Chat:
    chat = fake_chat(default_language=lang)
    opening = "接龙 阳光玫瑰 价格 68 截止 3d" if lang == "zh" else "/groupbuy Grapes price 68 ends 3d"
    await chat.say("amy", opening, name="Amy")
    await chat.say("bob", "+1", name="Bob")
    await chat.say("amy", "截单" if lang == "zh" else "/close", name="Amy")
    return chat


async def test_in_chinese_a_late_join_or_wait_is_told_to_ask_the_organiser() -> None:
    chat = await _closed()
    told = CLOSED_ZH + "想要的话请 @团长 Amy 再开一团。"

    assert chat.said(await chat.say("zoe", "+1 #1")) == told
    assert chat.said(await chat.say("zoe", "+1")) == told
    assert chat.said(await chat.say("zoe", "候补")) == told


async def test_the_organisers_own_late_join_says_how_to_open_another_round() -> None:
    chat = await _closed()

    assert chat.said(await chat.say("amy", "+1", name="Amy")) == CLOSED_ZH + "要再开一团就发 再开一团 #1"


async def test_in_english_a_late_join_is_told_to_ask_the_organiser() -> None:
    chat = await _closed("en")

    assert chat.said(await chat.say("zoe", "+1 #1")) == (
        "Group buy #1 (Grapes) has closed: nothing was changed."
        " If you want some, ask its organiser @Amy to open another round."
    )


async def test_a_late_join_with_a_new_round_open_still_names_it() -> None:
    chat = await _closed()
    await chat.say("amy", "再开一团 #1", name="Amy")

    said = chat.said(await chat.say("zoe", "+1 #1"))

    assert said == CLOSED_ZH + "新一轮是 #2，要跟就发 +1 #2"


async def test_a_buyers_reopen_in_the_group_says_only_the_organiser_opens_one() -> None:
    chat = await _closed()
    told = "只有团长才能再开一团，没有任何改动。想要的话请 @团长 Amy 再开一团。"

    assert chat.said(await chat.say("zoe", "再开一团")) == told
    assert chat.said(await chat.say("zoe", "再开一团 #1")) == told
    assert await chat.say("zoe", "@Amy 能再开一团吗？") == []
    assert await chat.say("amy", "再开一团", name="Amy") == []  # hers stays talk, as before


async def test_a_buyers_reopen_in_private_says_only_an_organiser_opens_one() -> None:
    chat = await _closed()

    said = chat.said(await chat.say("zoe", "再开一团", private=True))

    assert said == (
        "只有团长才能再开一团，你还没有开过团购，没有任何改动。想再跟一团的话，请在群里 @团长 请她再开一团。"
    )


async def test_in_english_a_buyers_reopen_names_the_organiser() -> None:
    chat = await _closed("en")

    said = chat.said(await chat.say("zoe", "/copy #1"))

    assert said == (
        "Only the organiser can open another round: nothing was changed. If you want some, ask @Amy to"
        " open another round."
    )

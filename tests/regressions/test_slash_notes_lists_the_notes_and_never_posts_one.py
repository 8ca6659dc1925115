"""`/notes` in a group posted a note whose text was "s" (`Note #5 · Bob / s / …`): the member wanted the
chat's notes and the group got a junk note (review 73 #1). `/notes` now lists the week's best notes as
`/top` does, `/notes 芒果` searches them as `/search 芒果` does, and an English command word glued to
letters (`/notebook`, `/notez`) is an unknown command: never a note."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.playground_api import PlaygroundApi, playground_api, said_in


async def opened(api: PlaygroundApi, zh: bool) -> None:
    await api.say("grp", "amy", "/lang zh" if zh else "/lang en")
    await api.say("grp", "amy", "接龙 芒果 价格 75" if zh else "/groupbuy Cookies price 15 ends 2d")
    await api.say("grp", "cat", "笔记 芒果很甜" if zh else "/note the cookies are crunchy")


async def notes_posted(api: PlaygroundApi) -> int:
    return sum(1 for m in await api.messages("grp") if m["card_of"] and m["card_of"] < 0)


@pytest.mark.parametrize("zh", [True, False])
async def test_slash_notes_lists_the_weeks_notes(tmp_path: Path, zh: bool) -> None:
    async with playground_api(tmp_path) as api:
        await opened(api, zh)
        before = await notes_posted(api)
        [answer] = said_in(await api.say("grp", "bob", "/notes"), "grp")
        if zh:
            assert answer.startswith("🏆 本周最佳笔记（1 条）\n1. #1 Cat：芒果很甜"), answer
        else:
            assert answer.startswith("🏆 The week's best note (1)\n1. #1 Cat: the cookies are crunchy"), (
                answer
            )
        assert await notes_posted(api) == before


@pytest.mark.parametrize("zh", [True, False])
async def test_slash_notes_with_words_searches_them(tmp_path: Path, zh: bool) -> None:
    async with playground_api(tmp_path) as api:
        await opened(api, zh)
        before = await notes_posted(api)
        [answer] = said_in(await api.say("grp", "bob", "/notes 芒果" if zh else "/notes cookies"), "grp")
        if zh:
            assert answer.startswith("🔍 “芒果”：找到 1 条笔记\n#1 Cat：芒果很甜"), answer
        else:
            assert answer.startswith("🔍 “cookies”: 1 note found\n#1 Cat: the cookies are crunchy"), answer
        assert await notes_posted(api) == before


@pytest.mark.parametrize(("zh", "typed"), [(True, "/notebook"), (False, "/notebook"), (False, "/notez")])
async def test_a_command_word_glued_to_letters_is_unknown_never_a_note(
    tmp_path: Path, zh: bool, typed: str
) -> None:
    async with playground_api(tmp_path) as api:
        await opened(api, zh)
        before = await notes_posted(api)
        [answer] = said_in(await api.say("grp", "bob", typed), "grp")
        if zh:
            assert answer.startswith(f"我不认识 {typed} 这个命令。"), answer
        else:
            assert answer.startswith(f"I don't know the command {typed}."), answer
        assert await notes_posted(api) == before

"""`修改 #1 榴莲` (a new title, no other keyword) was taken for talk and answered with nothing, and
`修改 #1` alone too: the organiser saw no rename and no hint. A bare 修改 followed by a group buy's
number is the command: the title changes (and its notes are found by the new name), and `修改 #1`
alone gets the usage. `修改 #1吧` stays talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_bare_edit_with_a_number_and_a_title_renames_the_group_buy() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")

    renamed = await chat.say("amy", "修改 #1 榴莲")

    assert renamed[0].text == "已把 芒果（#1）改名为 榴莲。"
    assert "榴莲" in (await chat.card()).splitlines()[0]


async def test_a_bare_edit_with_only_a_number_gets_the_usage_and_talk_stays_quiet() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")

    assert chat.said(await chat.say("amy", "修改 #1")).startswith("修改团购：修改 #1 后面写要改的项")
    assert await chat.say("amy", "修改 #1吧") == []

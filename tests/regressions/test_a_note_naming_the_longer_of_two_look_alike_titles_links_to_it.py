"""`/note 烟台苹果很甜` beside 苹果 (#2) and 烟台苹果 (#3) was linked to neither ("several look alike",
example `种草 #2`): the note names 烟台苹果 whole, which holds 苹果; it is linked to #3, nobody is told
to add a number."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_note_naming_the_longer_title_links_to_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15/斤")
    await chat.say("amy", "接龙 苹果 价格 12/斤")
    await chat.say("amy", "接龙 烟台苹果 价格 9/斤")

    replies = await chat.say("dan", "/note 烟台苹果很甜")

    assert not [r.text for r in replies if r.text]  # no "several look alike" hint
    async with chat.app.uow_factory() as uow:
        note = await uow.notes.get(1)
    assert note is not None and note.group_buy_id == 3


async def test_an_english_note_naming_the_longer_title_links_to_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Apples price 12")
    await chat.say("amy", "/groupbuy Yantai Apples price 9")

    replies = await chat.say("dan", "/note Yantai Apples are so sweet")

    assert not [r.text for r in replies if r.text]
    async with chat.app.uow_factory() as uow:
        note = await uow.notes.get(1)
    assert note is not None and note.group_buy_id == 2

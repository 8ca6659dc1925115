"""`种草 #2 草莓甜吗？有人买过吗` (a note that is itself a question) got no reply and posted nothing, while
`/note #2 Are they sweet? anyone tried?` posted a note that Ask and the digests then left out (it asks,
it recommends nothing: `asking.asks_itself`). Both are now answered as `问 #2 …` / `/ask #2 …` would be,
with a first line saying it was asked rather than posted, and no note is posted; a note that tells is
posted as before, and `草莓甜吗？` alone in a group is answered as Ask does (it names 草莓, open there)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _posted(chat: Chat, note_id: int) -> bool:
    async with chat.app.uow_factory() as uow:
        return await uow.notes.get(note_id) is not None


async def test_a_question_typed_as_a_note_is_answered_as_ask_on_its_group_buy() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("amy", "接龙 草莓 价格 30")
    await chat.say("bob", "种草 #2 草莓很甜，回购了")

    [answer] = await chat.say("dan", "种草 #2 草莓甜吗？有人买过吗")

    first, *rest = answer.text.splitlines()
    assert first == "这是个问题，没有发成笔记，按“问 #2”回答："
    [asked] = await chat.say("dan", "问 #2 草莓甜吗？有人买过吗")
    assert "\n".join(rest) == asked.text  # the answer Ask gives
    assert "草莓很甜，回购了" in asked.text  # Bob's note, quoted
    assert await _posted(chat, 1)  # Bob's
    assert not await _posted(chat, 2)  # the question posted none

    # said to the group, it names 草莓 (#2) open here: answered as Ask does (rep70 #9), Bob's note quoted
    assert "草莓很甜，回购了" in chat.said(await chat.say("dan", "草莓甜吗？"))


async def test_in_english_too() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("amy", "/groupbuy Strawberries price 30")
    await chat.say("bob", "/note #2 Very sweet strawberries, bought twice")

    [answer] = await chat.say("dan", "/note #2 Are they sweet? anyone tried?")

    first, *rest = answer.text.splitlines()
    assert first == "That asks, so it was answered as /ask #2 rather than posted as a note:"
    [asked] = await chat.say("dan", "/ask #2 Are they sweet? anyone tried?")
    assert "\n".join(rest) == asked.text
    assert "Very sweet strawberries" in asked.text
    assert await _posted(chat, 1)
    assert not await _posted(chat, 2)

    assert await chat.say("dan", "Are they sweet?") == []

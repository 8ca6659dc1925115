"""`帮卖` alone got no reply while `/helpsell` got its usage; `种草` alone was silent while `/note` said how
to write a note. A Chinese command word typed alone now gets the usage of its slash form (everyday
words such as `接龙`, `赞`, `关注` stay chatter alone: handlers.parsing.commands.ALONE_AS_SLASH)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_bare_chinese_command_word_gets_its_usage() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    for word in ("帮卖", "种草"):
        alone = chat.said(await chat.say("amy", word))
        assert alone and alone == chat.said(await chat.say("amy", f"/{word}"))
    note_usage = chat.said(await chat.say("cat", "种草"))
    assert note_usage == "笔记是空的。这样写：种草 #1 这款芒果超甜，已经回购三次"
    assert await chat.say("cat", "接龙") == []

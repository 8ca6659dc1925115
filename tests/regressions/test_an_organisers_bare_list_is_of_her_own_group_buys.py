"""rep54 #7: Lisa's `/mine` said "Who paid: /list #5 here", but her bare `/list` answered "📋 Nobody
is on the list of Test (#6) yet.", Eve's empty group buy, steering her into someone else's. An
organiser's bare `/list` (`名单`) with one of hers open here now considers only hers."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_her_bare_list_is_her_own_empty_group_buy_not_anothers() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Kaya price 10 target 1")
    await chat.say("eve", "/groupbuy Test price 5 target 1")

    said = Chat.said(await chat.say("amy", "/list"))

    assert "Kaya (#1)" in said, said
    assert "Test" not in said


async def test_her_bare_list_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 咖椰 价格 10 成团 1")
    await chat.say("eve", "接龙 测试 价格 5 成团 1")

    said = Chat.said(await chat.say("amy", "名单"))

    assert "咖椰（#1）" in said, said
    assert "测试" not in said

"""s38: the organiser's private `踢出 #1 @Troll 全部` (`/remove #1 @Troll all`) came back to her as the group
reads it, in the third person (`Amy 把 Troll 报的全部名额移出了…`). Her own copy now says it as hers, as a
single `踢出` does: `你已把 Troll 报的全部名额移出 …，已告知「family」。`; the group still reads the
third person."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _kicked(opening: str, friend: str, typed: str) -> list[tuple[str, str | None, str | None]]:
    chat: Chat = fake_chat()
    await chat.say("amy", opening)
    for join in ("+1", friend):
        await chat.say("troll", join)
    replies = await chat.say("amy", typed, private=True)
    return [(reply.text, reply.chat_id, reply.private_to) for reply in replies if reply.text]


async def test_her_private_copy_in_chinese() -> None:
    texts = await _kicked("接龙 芒果 价格 88 成团 5 库存 20", "+2 帮 小王", "踢出 #1 @Troll 全部")

    group = [text for text, chat_id, _ in texts if chat_id == "family"]
    hers = [text for text, chat_id, to in texts if chat_id is None and to is None]
    assert len(group) == 1 and group[0].startswith("Amy 把 Troll 报的全部名额移出了 芒果（#1）："), texts
    assert len(hers) == 1, texts
    assert hers[0].startswith(
        "你已把 Troll 报的全部名额移出 芒果（#1）：Troll ×1、Troll 帮 小王 ×2，共 3 份，已告知「family」。"
    ), hers
    assert "Amy" not in hers[0]


async def test_her_private_copy_in_english() -> None:
    texts = await _kicked("/groupbuy Mangoes price 88 target 5 stock 20", "+2 for A", "/remove #1 @Troll all")

    hers = [text for text, chat_id, to in texts if chat_id is None and to is None]
    assert len(hers) == 1, texts
    assert hers[0].startswith(
        "You removed all of Troll's lines from Mangoes (#1): Troll ×1, Troll for A ×2, 3 in all;"
        " “family” was told."
    ), hers

"""rep94 #2: 李姐's private chat is `/lang en`, her group speaks Chinese; her `再开一团 #1` sent there
posted `再开一团 #2（照 #1）：土鸡蛋，¥30 each。…` in the group: the price in her private chat's
language inside the group's Chinese sentence. The group's announcement is wholly the group's."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_price_of_a_copy_reads_as_the_group_does() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 土鸡蛋 价格 30")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "/lang en", private=True)

    replies = await chat.say("amy", "再开一团 #1", private=True)

    group = [reply.text for reply in replies if reply.chat_id == "family" and reply.text]
    assert len(group) == 1
    assert group[0].startswith("再开一团 #2（照 #1）：土鸡蛋，¥30/份。发 +1 或点“跟团”参加，截止 ")
    assert chat.said(replies).startswith("Opened #2 (土鸡蛋, a copy of #1) in chat ")

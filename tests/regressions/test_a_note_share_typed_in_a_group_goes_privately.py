"""Review 69 #8: `/share note 1` typed in the group posted "Your own code for note #1: 1-Y84Z …" for
everyone to read, while `share` / `/share` typed there sends the code privately ("Lily, I've sent you your
share code in a private message."). A note's share typed in a group now goes to her privately too, the
group reading one line."""

from __future__ import annotations

from handlers.types import Request
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import chat_in, fake_chat


async def test_a_note_share_typed_in_an_english_group_goes_privately() -> None:
    chat = await chat_in("en")
    await chat.say("noah", "/groupbuy Hass avocados 6pcs price 12")
    await chat.say("lily", "/note #1 these Hass avocados are creamy")
    replies = await chat.say("mia", "/share note 1")
    [group] = [reply.text for reply in replies if reply.text and not reply.private_to]
    assert group == "Mia, I've sent you your share code in a private message."
    assert chat.private(replies)["mia"].startswith("Your own code for note #1: 1-")
    assert "🔗 1" in await chat.card(-1)


async def test_a_note_share_typed_in_a_chinese_group_goes_privately() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("noah", "接龙 牛油果 价格 12")
    await chat.say("lily", "种草 #1 牛油果很香")
    replies = await chat.say("mia", "分享笔记 1")
    [group] = [reply.text for reply in replies if reply.text and not reply.private_to]
    assert group == "Mia，你的分享码已私信发给你。"
    assert chat.private(replies)["mia"].startswith("你分享笔记 #1 的专属码：团1-")


async def test_on_telegram_the_group_reads_that_her_link_was_sent() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("noah", "接龙 牛油果 价格 12")
    await chat.say("lily", "种草 #1 牛油果很香")
    replies = await chat.app.handle(Request("telegram", chat.chat_id, "7", "Mia", text="分享笔记 1"))
    [group] = [reply.text for reply in replies if reply.text and not reply.private_to]
    assert group == "Mia，你的分享链接已私信发给你。"
    assert chat.private(replies)["7"].startswith("你分享笔记 #1 的专属链接：https://t.me/tuan_bot?start=gb1-")

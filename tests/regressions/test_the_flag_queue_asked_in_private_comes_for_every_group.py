"""Review 26, finding 16: `/flags` in the admin's private chat said "Send /flags, /hide and /mute in
the group…", though the queue itself is delivered privately. Asked in private, a bot admin
(`TUAN_ADMINS`, who moderates every chat) now gets the queue of each of their groups, named; a chat's
own admin (whom only the group can tell) is told why it cannot be listed here and how it comes here."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def two_groups(language: str) -> tuple[Chat, Chat]:
    family = fake_chat(FakeUnitOfWorkFactory(), default_language=language, payout_admins=frozenset({"dan"}))
    family.title = "家人群"
    neighbours = Chat(family.app, chat_id="neighbours", title="Neighbours")
    await family.say("dan", "/lang zh" if language == "zh" else "/lang en")
    await neighbours.say("dan", "/lang zh" if language == "zh" else "/lang en")
    return family, neighbours


async def test_a_bot_admin_gets_every_groups_queue_named_in_private() -> None:
    family, neighbours = await two_groups("zh")
    assert Chat.said(await family.say("dan", "待审笔记", private=True)) == "你所在的 2 个群都没有待审的笔记。"
    await family.say("amy", "接龙 芒果 价格 88")
    await family.say("sam", "种草 #1 加我微信 sam888 全网最低价")
    await neighbours.say("amy", "接龙 荔枝 价格 30")
    await neighbours.say("wes", "种草 #2 加我微信 wes123 全网最低价")

    queue = Chat.said(await family.say("dan", "待审笔记", private=True)).splitlines()

    assert queue[0] == "群：家人群"
    assert queue[1] == "待审笔记（1 条，可疑度高的在前）："
    assert queue[2].startswith("#1 Sam：“加我微信 sam888 全网最低价”")
    assert queue[4:7] == ["", "群：Neighbours", "待审笔记（1 条，可疑度高的在前）："]
    assert queue[7].startswith("#2 Wes：“加我微信 wes123 全网最低价”")


async def test_in_english_too_and_a_groups_own_admin_is_told_how_the_queue_comes() -> None:
    family, neighbours = await two_groups("en")
    await neighbours.say("amy", "/groupbuy Lychees price 30")
    await neighbours.say("wes", "/note #1 Add me on WeChat, lowest price anywhere")

    queue = Chat.said(await family.say("dan", "/flags", private=True)).splitlines()
    assert queue[:2] == ["Group: Neighbours", "1 note waiting for review (most suspicious first):"]
    assert queue[2].startswith("#1 Wes: “Add me on WeChat, lowest price anywhere”")

    neighbours.admins = {"eve"}
    assert Chat.said(await neighbours.say("eve", "/flags", private=True)) == (
        "In a private chat I cannot tell which groups you are an admin of: only a group tells me. Send "
        "/flags in a group you look after and its notes waiting for review come here, privately (the "
        "group reads one line)."
    )
    assert Chat.said(await neighbours.say("eve", "待审笔记", private=True)) == (
        "在私聊里我看不出你是哪些群的管理员（只有群里知道）。在你管理的群里发“待审笔记”，待审的笔记会私信"
        "发到这里，群里只有一句提示。"
    )

"""`/flags` in a private chat gave a bot admin (`TUAN_ADMINS`) every group's queue, while a group's own
admin (an admin of that chat as the platform says, not a bot admin) was only told to ask in the group.
Now, where the platform can say from a private chat who administers a group (Telegram's getChatMember:
`ChatApp.chat_admins`), the member gets the queue of each group of theirs they administer, and no other
group's; a member who administers none of them is told so, once, and what to do."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


class PlatformAdmins:
    """The platform's word: who administers which group."""

    def __init__(self, admins: dict[str, set[str]]) -> None:
        self.admins = admins

    async def admin_of(self, chat_id: str, user_id: str) -> bool:
        return user_id in self.admins.get(chat_id, set())


async def three_groups(language: str) -> tuple[Chat, Chat, Chat]:
    family = fake_chat(FakeUnitOfWorkFactory(), default_language=language)
    family.title = "家人群"
    neighbours = Chat(family.app, chat_id="neighbours", title="Neighbours")
    school = Chat(family.app, chat_id="school", title="School")
    family.app.chat_admins = PlatformAdmins({"neighbours": {"eve"}, "school": {"kim"}})
    word = "/lang zh" if language == "zh" else "/lang en"
    for chat in (family, neighbours, school):
        await chat.say("eve", word)  # Eve is in all three; the platform says she administers Neighbours
        await chat.say("amy", "接龙 荔枝 价格 30" if language == "zh" else "/groupbuy Lychees price 30")
    await family.say("sam", "种草 #1 加我微信 sam888 全网最低价")
    await neighbours.say("wes", "种草 #2 加我微信 wes123 全网最低价")
    await school.say("sam", "/note #3 Add me on WeChat, lowest price anywhere")
    return family, neighbours, school


async def test_a_groups_own_admin_gets_the_queue_of_the_group_she_administers_only() -> None:
    family, _, _ = await three_groups("zh")

    queue = Chat.said(await family.say("eve", "待审笔记", private=True)).splitlines()

    assert queue[:2] == ["群：Neighbours", "待审笔记（1 条，可疑度高的在前）："]
    assert queue[2].startswith("#2 Wes：“加我微信 wes123 全网最低价”")
    assert "家人群" not in "\n".join(queue) and "School" not in "\n".join(queue)
    assert "sam888" not in "\n".join(queue)


async def test_in_english_too() -> None:
    family, _, _ = await three_groups("en")

    queue = Chat.said(await family.say("eve", "/flags", private=True)).splitlines()

    assert queue[:2] == ["Group: Neighbours", "1 note waiting for review (most suspicious first):"]
    assert queue[2].startswith("#2 Wes: “加我微信 wes123 全网最低价”")
    assert len([line for line in queue if line.startswith("Group: ")]) == 1


async def test_a_member_who_administers_no_group_is_told_so_once() -> None:
    family, _, _ = await three_groups("zh")  # Amy opened a group buy in each, but administers none

    assert Chat.said(await family.say("amy", "待审笔记", private=True)) == (
        "你不是我所在的任何一个群的管理员，没有待审的笔记给你看。待审笔记只给群管理员看；你若是哪个群的管理员，"
        "在那个群里发“待审笔记”。"
    )
    assert Chat.said(await family.say("amy", "/flags", private=True, language="en")) == (
        "You are not an admin of any group I am in, so there are no notes for you to review. The review "
        "queue is for a group's admins: if you are one, send /flags in that group."
    )


async def test_an_admin_of_a_group_with_nothing_waiting_is_told_there_is_none() -> None:
    family, _, _ = await three_groups("en")
    quiet = Chat(family.app, chat_id="quiet", title="Quiet")
    await quiet.say("eve", "/lang en")
    family.app.chat_admins = PlatformAdmins({"quiet": {"eve"}})

    assert Chat.said(await family.say("eve", "/flags", private=True)) == (
        "No notes are waiting for review in the 1 group you look after."
    )
    assert Chat.said(await family.say("eve", "待审笔记", private=True)) == "你管理的 1 个群都没有待审的笔记。"

"""Review 26, finding 5: Nina liked notes while browsing (`/like 9`, `/like 7`, `/like 9`, `/like 7`,
`/unlike 9`: each answered with a toast), then her `+1` was refused in the group: "Nina, slow down: I
take at most 5 commands a minute…". Likes and unlikes now count in a window of their own (four times
the limit: 20 a minute), so her next join goes through; a flood of likes is still held, and the refusal
of a like, the first one's too, is a toast and a 😴 on her message and a private line naming it, never a
message in the group."""

from __future__ import annotations

from handlers.types import ChatKind, Reply, Request
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


class Typed:
    """A group chat whose members' messages carry a message id, as on Telegram and the playground."""

    def __init__(self, language: str) -> None:
        self.factory = FakeUnitOfWorkFactory()
        self.chat = fake_chat(
            self.factory, clock=FakeClock(), counters=MemorySharedState().counters, default_language=language
        )
        self.sent = 0

    async def say(self, user: str, text: str) -> list[Reply]:
        self.sent += 1
        request = Request(
            platform="test",
            chat_id=self.chat.chat_id,
            user_id=user,
            display_name=user.title(),
            chat_kind=ChatKind.GROUP,
            text=text,
            message_id=str(self.sent),
        )
        return await self.chat.app.handle(request)

    @staticmethod
    def in_the_chat(replies: list[Reply]) -> list[str]:
        return [reply.text for reply in replies if reply.text and not reply.private_to]


async def test_five_likes_then_a_join_the_join_goes_through() -> None:
    group = Typed("en")
    await group.say("amy", "/groupbuy Lychees price 30")
    await group.say("bob", "/note #1 Super juicy")
    await group.say("cat", "/note #1 Sweet and fresh")
    for text in ("/like 1", "/like 2", "/unlike 1", "/like 1", "/unlike 2"):
        liked = await group.say("nina", text)
        assert group.in_the_chat(liked) == [], liked

    joined = await group.say("nina", "+1")

    assert group.in_the_chat(joined) == ["Nina is in: 1 × Lychees (#1). Now ¥30 each."]


async def test_a_flood_of_likes_is_held_with_a_toast_and_the_join_still_goes_through_in_chinese() -> None:
    group = Typed("zh")
    await group.say("amy", "接龙 荔枝 价格 30")
    await group.say("bob", "种草 #1 很多汁")
    for turn in range(20):
        answered = await group.say("nina", "赞 1" if turn % 2 == 0 else "取消赞 1")
        assert group.in_the_chat(answered) == [], answered

    held = await group.say("nina", "赞 1")

    assert group.in_the_chat(held) == []
    told = "没有执行：“赞 1”。每人每分钟最多点赞 20 次，请 60 秒后再发一次。"
    assert [reply.toast for reply in held if reply.toast] == [told]
    assert [(reply.private_to, reply.text) for reply in held if reply.text] == [("nina", told)]
    assert [reply.reaction.emoji for reply in held if reply.reaction] == ["😴"]
    joined = await group.say("nina", "+1")
    assert group.in_the_chat(joined) == ["Nina 跟团：1 × 荔枝（#1）。当前 ¥30/份。"]

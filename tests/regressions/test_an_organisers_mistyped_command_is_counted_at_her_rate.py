"""Round 33 (finding 6): right after setting three group buys up (`/lang en` twice, three `/groupbuy`, one
`/edit`, all in a minute) the organiser's `/clsoe #3` got "Amy, slow down: I take at most 5 commands a
minute from each member here" and `/lsit` only a 😴, though the README gives organisers 30 a minute; her
"Did you mean /close?" was lost. An organiser (or a chat admin) is counted at her own rate, `/lang` and
mistyped commands too, and a mistyped command over any limit still says what it meant, never a bare 😴."""

from __future__ import annotations

from handlers.types import ChatKind, Reply, Request
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


class Typed:
    """A group chat whose members' messages carry a message id, as on Telegram and the playground."""

    def __init__(self) -> None:
        counters = MemorySharedState().counters
        self.chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), counters=counters)
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


def _texts(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text]


async def test_an_organisers_mistyped_command_is_counted_at_her_rate() -> None:
    room = Typed()
    await room.say("amy", "/lang en")
    await room.say("amy", "/lang en")
    for title in ("Durian", "Mooncakes", "Kaya Jars"):
        await room.say("amy", f"/groupbuy {title} price 30")
    await room.say("amy", "/edit #1 price 28")

    assert _texts(await room.say("amy", "/clsoe #3")) == [  # answered as ever: not held at five
        "I don't know the command /clsoe. Did you mean /close? Send /help to see what I understand."
    ]
    assert _texts(await room.say("amy", "/lsit")) == [
        "I don't know the command /lsit. Did you mean /list? Send /help to see what I understand."
    ]
    assert _texts(await room.say("amy", "/close #3"))[0].startswith("It cannot close yet")


async def _over_the_limit(room: Typed) -> None:
    await room.say("amy", "接龙 芒果 价格 30")
    for _ in range(5):
        await room.say("bob", "/wait")  # refused: not sold out (a join or leave would count apart)


async def test_a_members_mistyped_command_over_the_limit_still_says_what_it_meant() -> None:
    room = Typed()
    await _over_the_limit(room)
    first = await room.say("bob", "/lsit")  # over his five: said in the group, with what it meant
    assert _texts(first) == [
        "I don't know the command /lsit. Did you mean /list? I did nothing: too many commands this minute, "
        "send it again in 60 seconds."
    ]
    assert first[0].private_to is None
    later = await room.say("bob", "/lsit")  # a later one: only to him, never a bare 😴
    [told] = [reply for reply in later if reply.text]
    assert told.private_to == "bob"
    assert told.text.startswith("I don't know the command /lsit. Did you mean /list?")
    assert all(reply.reaction is None for reply in later)


async def test_a_members_chinese_mistyped_command_over_the_limit_still_says_what_it_meant() -> None:
    room = Typed()
    await _over_the_limit(room)
    first = await room.say("bob", "/我的订丹")
    assert _texts(first) == [
        "我不认识 /我的订丹 这个命令，是想发 /我的订单 吗？这一分钟的指令太多了，没有执行：请 60 秒后再发。"
    ]
    later = await room.say("bob", "/我的订丹")
    [told] = [reply for reply in later if reply.text]
    assert told.private_to == "bob"
    assert told.text.startswith("我不认识 /我的订丹 这个命令，是想发 /我的订单 吗？")

"""Round 34 (re-check R33-6): over the limit, the first command got "slow down… try again in 27 seconds",
and the same command sent again half a minute later got only a 😴 on Telegram (which shows no toast for a
typed message): nothing said it was not done. Since review 46 every later one is told privately, each
time, what was not done and when to send it again, beside its 😴 (thirty in a minute, then nothing: a
script); the group still reads one "slow down"."""

from __future__ import annotations

from handlers.types import ChatKind, Reply, Request
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


class Typed:
    """A group chat whose members' messages carry a message id, as on Telegram and the playground."""

    def __init__(self, language: str) -> None:
        self.clock = FakeClock()
        counters = MemorySharedState().counters
        self.chat = fake_chat(
            FakeUnitOfWorkFactory(), clock=self.clock, counters=counters, default_language=language
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


def _words(replies: list[Reply]) -> list[tuple[str | None, str]]:
    """(to whom, what) of each text of an answer: None is the whole group."""
    return [(reply.private_to, reply.text) for reply in replies if reply.text]


def _sleepy(replies: list[Reply]) -> bool:
    return any(reply.reaction is not None and reply.reaction.emoji == "😴" for reply in replies)


async def _over(room: Typed, command: str) -> None:
    """Bob's five (a refused command: nothing open to wait for), then ten seconds."""
    for _ in range(5):
        await room.say("bob", command)
    room.clock.advance(seconds=10)


async def _at(room: Typed, seconds: int, command: str) -> list[Reply]:
    """The command sent at 12:00:`seconds`."""
    room.clock.advance(seconds=seconds - room.clock.now().second)
    return await room.say("bob", command)


SLOW_EN = (
    "Bob, slow down: I take at most 5 commands a minute from each member here, so I did not do “{}”. "
    "Try again in {} seconds."
)
SLOW_ZH = "Bob，请慢一点：群里每人每分钟最多 5 条指令，刚才的“{}”没有执行。请 {} 秒后再试。"
AGAIN_EN = "Not done: “/wait”. Too many commands from you this minute; send it again in {} seconds."
AGAIN_ZH = "没有执行：“候补”。这一分钟你发的指令太多了，请 {} 秒后再发一次。"


async def test_a_repeated_command_over_the_limit_is_told_in_words_again_in_english() -> None:
    room = Typed("en")
    await _over(room, "/wait")
    assert _words(await _at(room, 10, "/wait")) == [(None, SLOW_EN.format("/wait", 50))]  # in the group
    early = await _at(room, 12, "/wait")  # 2 s after: told in words, to Bob only, and the 😴
    assert _words(early) == [("bob", AGAIN_EN.format(48))] and _sleepy(early)
    late = await _at(room, 35, "/wait")
    assert _words(late) == [("bob", AGAIN_EN.format(25))] and _sleepy(late)


async def test_a_repeated_command_over_the_limit_is_told_in_words_again_in_chinese() -> None:
    room = Typed("zh")
    await _over(room, "候补")
    assert _words(await _at(room, 10, "候补")) == [(None, SLOW_ZH.format("候补", 50))]
    early = await _at(room, 12, "候补")
    assert _words(early) == [("bob", AGAIN_ZH.format(48))] and _sleepy(early)
    assert _words(await _at(room, 37, "候补")) == [("bob", AGAIN_ZH.format(23))]


async def test_a_burst_of_twenty_gets_one_slow_down_in_the_group_and_each_its_words() -> None:
    room = Typed("en")
    await _over(room, "/wait")
    burst = [await room.say("bob", "/wait") for _ in range(20)]
    assert [text for replies in burst for to, text in _words(replies) if to is None] == [
        SLOW_EN.format("/wait", 50)
    ]
    assert [text for replies in burst[1:] for to, text in _words(replies)] == [AGAIN_EN.format(50)] * 19
    assert sum(_sleepy(replies) for replies in burst) == 19


async def test_an_organisers_repeat_over_her_limit_is_told_in_words_again() -> None:
    room = Typed("en")
    await room.say("zoe", "/groupbuy Durian price 30")
    for _ in range(29):
        await room.say("zoe", "/cancel abc")
    assert _words(await room.say("zoe", "/cancel abc"))[0][1].startswith("Zoe, slow down: I take at most 30")
    told = "Not done: “/cancel abc”. Too many commands from you this minute; send it again in 60 seconds."
    assert _words(await room.say("zoe", "/cancel abc")) == [("zoe", told)]
    room.clock.advance(seconds=21)
    assert _words(await room.say("zoe", "/cancel abc")) == [("zoe", told.replace("60", "39"))]

"""Round 34 (re-check R33-6): over the limit, the first command got "slow down… try again in 27 seconds",
and the same command sent again half a minute later got only a 😴 on Telegram (which shows no toast for a
typed message): nothing said it was not done. A later one is still only a 😴 and a toast within 20 s of
the last words (a burst of 20 gets one text, not 20), but once those words are 20 s old it is told "slow
down… try again in N seconds" again, privately, beside its 😴."""

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
    """Bob's five (a refused -1 with nothing to leave), then ten seconds."""
    for _ in range(5):
        await room.say("bob", command)
    room.clock.advance(seconds=10)


async def _at(room: Typed, seconds: int, command: str) -> list[Reply]:
    """The command sent at 12:00:`seconds`."""
    room.clock.advance(seconds=seconds - room.clock.now().second)
    return await room.say("bob", command)


SLOW_EN = (
    "Bob, slow down: I take at most 5 commands a minute from each member here, so I did not do that one. "
    "Try again in {} seconds."
)
SLOW_ZH = "Bob，请慢一点：群里每人每分钟最多 5 条指令，刚才这条没有执行。请 {} 秒后再试。"


async def test_a_repeated_command_over_the_limit_is_told_in_words_again_in_english() -> None:
    room = Typed("en")
    await _over(room, "-1")
    assert _words(await _at(room, 10, "-1")) == [(None, SLOW_EN.format(50))]  # in the group
    early = await _at(room, 12, "-1")  # 2 s after the words: a 😴 and a toast, no text
    assert _words(early) == [] and _sleepy(early)
    assert early[0].toast == "Not done: too many commands this minute. Send it again in 48 seconds."
    late = await _at(room, 35, "-1")  # 25 s after: the words again, to Bob only, and the 😴
    assert _words(late) == [("bob", SLOW_EN.format(25))] and _sleepy(late)
    soon = await _at(room, 37, "-1")  # 2 s after those: a 😴 again
    assert _words(soon) == [] and _sleepy(soon)


async def test_a_repeated_command_over_the_limit_is_told_in_words_again_in_chinese() -> None:
    room = Typed("zh")
    await _over(room, "退出")
    assert _words(await _at(room, 10, "退出")) == [(None, SLOW_ZH.format(50))]
    early = await _at(room, 12, "退出")
    assert _words(early) == [] and _sleepy(early)
    late = await _at(room, 35, "退出")
    assert _words(late) == [("bob", SLOW_ZH.format(25))] and _sleepy(late)
    assert _words(await _at(room, 37, "退出")) == []


async def test_a_burst_of_twenty_gets_one_text_and_a_repeat_later_the_words_again() -> None:
    room = Typed("en")
    await _over(room, "-1")
    burst = [await room.say("bob", "-1") for _ in range(20)]
    assert [text for replies in burst for _, text in _words(replies)] == [SLOW_EN.format(50)]
    assert sum(_sleepy(replies) for replies in burst) == 10  # ten notes, then nothing (a script)
    assert _words(await _at(room, 20, "-1")) == []  # past the notes, 10 s after the words: nothing
    assert _words(await _at(room, 31, "-1")) == [("bob", SLOW_EN.format(29))]  # 21 s after: told again


async def test_an_organisers_repeat_over_her_limit_is_told_in_words_again() -> None:
    room = Typed("en")
    await room.say("zoe", "/groupbuy Durian price 30")
    for _ in range(29):
        await room.say("zoe", "/cancel abc")
    assert _words(await room.say("zoe", "/cancel abc"))[0][1].startswith("Zoe, slow down: I take at most 30")
    assert _words(await room.say("zoe", "/cancel abc")) == []
    room.clock.advance(seconds=21)
    [(to, text)] = _words(await room.say("zoe", "/cancel abc"))
    assert to == "zoe" and text.startswith("Zoe, slow down: I take at most 30") and "39 seconds" in text

"""Review 46, finding 1: the five-a-minute limit caught a newcomer making up her mind. Qian sent
`+1 -1 +1 -1 +1 -1`: the 6th `-1` was answered "slow down", and the `+1`, `-1` after it only with a 😴,
so she kept one unit she believed she had left and got order #5-2 at the close. Joins and leaves now
count in a window of their own (15 a minute), so the toggle is all done; and each command over a limit
after the "slow down" is told to its sender in words, each time, naming what was not done and when to
send it again (a 😴 beside it is never the only answer)."""

from __future__ import annotations

import pytest

from handlers.types import ChatKind, Reply, Request
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

OPEN = {"en": "/groupbuy Mangoes price 9 ends 2d", "zh": "接龙 芒果 价格 9 截止 2天"}
JOINED = {"en": "Qian is in: 1 × Mangoes (#1).", "zh": "Qian 跟团：1 × 芒果（#1）。"}
SLOW = {
    "en": "Qian, slow down: I take at most 15 joins and leaves (+1, -1) a minute from each member here, "
    "so I did not do “-1”. Try again in 60 seconds.",
    "zh": "Qian，请慢一点：群里每人每分钟最多跟团、退出（+1、-1）15 次，刚才的“-1”没有执行。请 60 秒后再试。",
}
NOT_DONE = {
    "en": "Not done: “{}”. Too many commands from you this minute; send it again in 60 seconds.",
    "zh": "没有执行：“{}”。这一分钟你发的指令太多了，请 60 秒后再发一次。",
}


class Room:
    """A group chat whose messages carry a message id, as on Telegram and the playground."""

    def __init__(self, lang: str) -> None:
        self.factory = FakeUnitOfWorkFactory()
        counters = MemorySharedState().counters
        self.chat = fake_chat(self.factory, clock=FakeClock(), counters=counters, default_language=lang)
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

    def held(self) -> int:
        return sum(line.quantity for line in self.factory.state.lines[1].values())


def _group(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text and not reply.private_to]


def _private(replies: list[Reply]) -> list[tuple[str | None, str]]:
    return [(reply.private_to, reply.text) for reply in replies if reply.text and reply.private_to]


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_newcomers_plus_minus_toggle_is_all_done(lang: str) -> None:
    room = Room(lang)
    await room.say("ben", OPEN[lang])
    answers = [await room.say("qian", "+1" if turn % 2 == 0 else "-1") for turn in range(8)]

    assert all(len(_group(replies)) == 1 for replies in answers)  # each answered in the group
    assert _group(answers[6])[0].startswith(JOINED[lang])
    said = [text for replies in answers for text in _group(replies)]
    assert not any("slow down" in text or "请慢一点" in text for text in said)
    assert room.held() == 0  # her last `-1` was done: she holds nothing, as she believes


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_each_join_or_leave_over_the_limit_is_told_in_words_naming_it(lang: str) -> None:
    room = Room(lang)
    await room.say("ben", OPEN[lang])
    for turn in range(15):
        await room.say("qian", "+1" if turn % 2 == 0 else "-1")
    assert room.held() == 1

    assert _group(await room.say("qian", "-1")) == [SLOW[lang]]
    for typed in ("+1", "-1", "-1"):
        later = await room.say("qian", typed)
        assert _group(later) == []  # the group reads one "slow down"
        assert _private(later) == [("qian", NOT_DONE[lang].format(typed))]  # she reads it, each time
        assert [reply.reaction.emoji for reply in later if reply.reaction] == ["😴"]
    assert room.held() == 1  # nothing was done, and she was told so

"""Round 34 (re-check R33-6): Zoe, organiser of two open group buys, after `/lang` twice, two `/groupbuy`,
`/clsoe` and `/lsit` typed `/cancel #7 supplier out of stock` and got "Zoe, slow down: … at most 5 commands
a minute", then only a 😴: only `/lang` and mistyped commands were counted at an organiser's 30 a minute,
her other commands (a refused `/cancel`, `/remind`, `/help`, `+1`, `/note`) at a member's five. Every
command of an organiser of a group buy in the chat (or a chat admin) now counts at her rate, whatever it
is; a member who organises nothing keeps five."""

from __future__ import annotations

from handlers.types import ChatKind, Reply, Request
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


class Typed:
    """A group chat whose members' messages carry a message id, as on Telegram and the playground."""

    def __init__(self, *, admins: tuple[str, ...] = ()) -> None:
        counters = MemorySharedState().counters
        self.chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), counters=counters)
        self.admins = admins
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
            is_admin=user in self.admins,
        )
        return await self.chat.app.handle(request)


def _texts(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text]


def _held(replies: list[Reply]) -> bool:
    """Whether the command was held by a limit: told to slow down, or only a 😴."""
    slowed = any("slow down" in text or "请慢一点" in text for text in _texts(replies))
    return slowed or (not _texts(replies) and not any(reply.is_card for reply in replies))


ZOE_EN = [
    "/lang en",
    "/lang en",
    "/groupbuy Durian price 30",
    "/groupbuy Kaya Jars price 12",
    "/clsoe",
    "/lsit",
]
ZOE_ZH = ["/lang zh", "/lang zh", "接龙 榴莲 价格 30", "接龙 咖椰酱 价格 12", "/clsoe", "/lsit"]


async def test_an_organiser_is_never_throttled_at_a_members_rate_in_english() -> None:
    room = Typed()
    for text in ZOE_EN:
        assert not _held(await room.say("zoe", text)), text
    run = ["/cancel abc", "/note hello", "/mute", "/remind", "/help", "/list", "+1 #1", "/cancel abc"]
    assert _texts(await room.say("zoe", run[0]))[0].startswith("Write it like: /cancel")  # not "slow down"
    for text in run[1:]:
        replies = await room.say("zoe", text)
        assert not _held(replies), (text, replies)
    assert _texts(await room.say("zoe", "/cancel #2 supplier out of stock")) == [
        "🚫 Kaya Jars (#2) was cancelled. Nobody is charged.\nReason: supplier out of stock"
    ]

    for _ in range(5):  # Bob organises nothing here: five a minute
        assert not _held(await room.say("bob", "/remind"))
    [slowed] = _texts(await room.say("bob", "/remind"))
    assert slowed.startswith("Bob, slow down: I take at most 5 commands a minute from each member here")


async def test_an_organiser_is_never_throttled_at_a_members_rate_in_chinese() -> None:
    room = Typed()
    for text in ZOE_ZH:
        assert not _held(await room.say("zoe", text)), text
    run = ["/cancel abc", "笔记 好吃", "/mute", "/remind", "帮助", "名单", "+1 #1", "/cancel abc"]
    assert _texts(await room.say("zoe", run[0]))[0].startswith("Write it like: /cancel")  # not "请慢一点"
    for text in run[1:]:
        replies = await room.say("zoe", text)
        assert not _held(replies), (text, replies)
    assert _texts(await room.say("zoe", "取消 #2 供应商缺货"))[0].startswith("🚫 咖椰酱（#2）")

    for _ in range(5):
        assert not _held(await room.say("bob", "/remind"))
    [slowed] = _texts(await room.say("bob", "/remind"))
    assert slowed.startswith("Bob，请慢一点：群里每人每分钟最多 5 条指令")


async def test_a_chat_admin_is_counted_at_the_organisers_rate() -> None:
    room = Typed(admins=("ann",))
    await room.say("zoe", "/groupbuy Durian price 30")
    for n in range(12):
        assert not _held(await room.say("ann", "/cancel abc")), n


async def test_an_organisers_runaway_script_is_still_held() -> None:
    room = Typed()
    await room.say("zoe", "/groupbuy Durian price 30")
    answers = [await room.say("zoe", "/cancel abc") for _ in range(40)]
    held = [n for n, replies in enumerate(answers) if _held(replies)]
    assert held[0] == 29  # her 30 a minute in all, the /groupbuy one of them
    assert _texts(answers[29])[0].startswith("Zoe, slow down: I take at most 30 commands managing group buys")

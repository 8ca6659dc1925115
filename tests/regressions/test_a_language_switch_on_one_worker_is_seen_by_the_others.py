"""Two workers (ChatApps) behind one bot, on one database: Bob's `/status` on worker A wrote English as
his language, his `进度` on worker B then wrote Chinese, and his `/status` on A again wrote nothing, as A
remembered writing English for him within the hour: his order came in Chinese although he last spoke
English. What was last written for a member is now kept in the shared state when one is configured
(`MemberMemo(values=...)`: Redis in production; memory here), so every worker sees the switch. (English
words, `my orders`: since session 24 a slash command alone, `/status`, tells nothing of a member whose
words were seen. Session 35: a buyer's order, and a friend's line put down for him, no longer follow the
words he typed; session 36: nor does a mute, so his private `/start`, answered in his language as last
seen, shows it here.)"""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.members import MemberMemo
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


def workers(state: MemorySharedState) -> tuple[Chat, Chat]:
    """The family group as two workers sharing one database, one clock and `state` see it."""
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    apps = [
        ChatApp(
            uow_factory=cast(UnitOfWorkFactory, factory),
            clock=clock,
            config=AppConfig(),
            values=state.values,
            members=MemberMemo(values=state.values),
        )
        for _ in range(2)
    ]
    return Chat(apps[0]), Chat(apps[1])


async def bobs_notice_after_a_switch_back(
    opener: Chat, here: Chat, there: Chat, *, opening: str, said_here: str, said_there: str
) -> str:
    """Amy opens on `opener`; Bob speaks on `here`, then on `there`, then on `here` again (which must
    write its language again); Bob's private `/start` on `there`: its welcome."""
    await opener.say("amy", opening)
    await here.say("bob", said_here)  # `here` writes its language
    await there.say("bob", said_there)  # `there` writes the other

    await here.say("bob", said_here)  # `here` must write its language again
    return Chat.said(await there.say("bob", "/start", private=True))


async def test_a_language_switch_written_by_one_worker_is_seen_by_the_other() -> None:
    a, b = workers(MemorySharedState())
    told = await bobs_notice_after_a_switch_back(
        a, a, b, opening="接龙 芒果 价格 10", said_here="my orders", said_there="进度"
    )

    assert told.startswith("Hi! I'm Tuan"), told


async def test_and_back_again_on_the_other_worker() -> None:
    a, b = workers(MemorySharedState())
    told = await bobs_notice_after_a_switch_back(
        a, b, a, opening="/groupbuy Mangoes price 10", said_here="进度", said_there="my orders"
    )

    assert told.startswith("你好！我是团购助手"), told

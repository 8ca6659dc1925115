"""Two workers (ChatApps) behind one bot, on one database: Amy's `/lang en` on worker A was heard by A
only; worker B had read the chat's setting (none: the card in the group buy's Chinese) a moment before
and kept answering in Chinese for up to a minute, its own memory's time. A chat's setting is now kept in
the shared state when one is configured (`LanguageMemo(values=...)`: Redis in production; memory here),
and `/lang` stores the new one there after its commit, so the next update on any worker speaks it."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.members import MemberMemo
from handlers.memo import LanguageMemo
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


def workers() -> tuple[Chat, Chat]:
    """The family group as two workers sharing one database, one clock and one shared state see it."""
    factory, clock, state = FakeUnitOfWorkFactory(), FakeClock(), MemorySharedState()
    apps = [
        ChatApp(
            uow_factory=cast(UnitOfWorkFactory, factory),
            clock=clock,
            config=AppConfig(),
            values=state.values,
            members=MemberMemo(values=state.values),
            languages=LanguageMemo(values=state.values),
        )
        for _ in range(2)
    ]
    return Chat(apps[0]), Chat(apps[1])


def texts(replies: list[object]) -> str:
    return "\n".join(str(getattr(reply, "text", "") or "") for reply in replies)


async def test_lang_set_on_one_worker_is_spoken_by_the_other_on_the_next_update() -> None:
    a, b = workers()
    await a.say("amy", "接龙 芒果 价格 10")
    joined = texts(await b.say("bob", "+1"))  # B reads the chat's setting: none, the group buy's Chinese
    assert joined.startswith("Bob 跟团：1 × 芒果（#1）"), joined

    lang_set = await a.say("amy", "/lang en")  # and the open card edited in English (s28)
    assert a.said(lang_set) == "OK, I'll speak English in this chat." and a.cards(lang_set) == [(1, False)]

    joined = texts(await b.say("cat", "+1"))  # B's next update speaks English
    assert joined.startswith("Cat is in: 1 × 芒果 (#1). Now ¥10 each."), joined
    card = await b.card()
    assert card.startswith("🛒 芒果 (#1)\nOrganiser: Amy\nPrice: ¥10 each"), card


async def test_and_back_to_chinese_through_the_other_worker() -> None:
    a, b = workers()
    await a.say("amy", "/groupbuy Mangoes price 10")
    await a.say("amy", "/lang en")
    joined = texts(await b.say("bob", "+1"))  # B reads English from the shared state
    assert joined.startswith("Bob is in: 1 × Mangoes (#1)."), joined
    await b.say("amy", "/lang zh")  # B sets Chinese

    joined = texts(await a.say("cat", "+1"))  # A speaks it on its next update
    assert joined.startswith("Cat 跟团：1 × Mangoes（#1）"), joined
    card = await a.card()
    assert card.startswith("🛒 Mangoes（#1）\n团长：Amy"), card

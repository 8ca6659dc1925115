"""WeChat adapter fixtures: python-wechaty loaded once, a scripted ChatApp, a bot on a recording puppet."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from types import ModuleType
from typing import Any

import pytest

from bot.wechat import sdk
from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.client import WechatyTransport, make_bot, wechaty_scheduler
from bot.wechat.outbox import Outbox, OutboxPolicy
from handlers.types import Reply, Request
from tests.fakes import FakeClock


class FakeChat:
    """The ChatApp as the adapter sees it: records requests, answers as the test scripts it."""

    async def told_truly(self, reply: Any, out: Any, language: str) -> Any:
        """The close summary as it is: the bot is in every chat here (ChatApp.told_truly)."""
        return reply

    queues = False  # its replies are delivered by the adapter, not an outbox

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.cards: dict[int, Reply] = {}
        self.departures: list[tuple[str, str, tuple[str, ...]]] = []  # (platform, room, members) that left
        self.renames: list[tuple[str, dict[str, str]]] = []  # (room, member -> name now)
        self.script: Callable[[Request], list[Reply]] = lambda r: [Reply(text=f"收到 {r.text or r.button}")]

    async def handle(self, request: Request) -> list[Reply]:
        self.requests.append(request)
        return self.script(request)

    async def render_card(self, group_buy_id: int) -> Reply:
        return self.cards[group_buy_id]

    async def left(
        self, platform: str, chat_id: str, user_ids: Sequence[str], *, tell: bool = False
    ) -> list[Reply]:
        self.departures.append((platform, chat_id, tuple(user_ids)))
        return []

    async def renamed(self, platform: str, chat_id: str, names: Mapping[str, str]) -> None:
        self.renames.append((chat_id, dict(names)))


@pytest.fixture(scope="session")
def wechaty_module(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """python-wechaty, loaded as `tuan run wechat` loads it (its cache in a temporary folder)."""
    saved = {key: os.environ.get(key) for key in ("CACHE_DIR", "WECHATY_LOG")}
    module = sdk.load(cache_dir=tmp_path_factory.mktemp("wechaty-cache"), log_level="WARNING")
    yield module
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@dataclass
class World:
    puppet: Any
    chat: FakeChat
    clock: FakeClock
    outbox: Outbox
    adapter: WeChatAdapter
    bot: Any


@pytest.fixture
def chat() -> FakeChat:
    """The ChatApp of `world` (a test module overrides it for one that writes outbox rows)."""
    return FakeChat()


@pytest.fixture
async def world(wechaty_module: ModuleType, chat: FakeChat) -> AsyncIterator[World]:
    """A real python-wechaty bot on the recording puppet, logged in, wired like `tuan run wechat`."""
    import asyncio

    from tests.adapters.wechat.recording_puppet import RecordingPuppet

    puppet = RecordingPuppet()
    clock = FakeClock()
    names, choices = NameBook(), Choices()
    transport = WechatyTransport(names)
    outbox = Outbox(
        transport=transport,
        render_card=chat.render_card,
        now=clock.now,
        policy=OutboxPolicy(card_interval=timedelta(seconds=30)),
        choices=choices,
    )
    adapter = WeChatAdapter(
        app=chat, outbox=outbox, choices=choices, names=names, now=clock.now, reachable=transport.reachable
    )
    scheduler = wechaty_scheduler()
    logged_in = asyncio.Event()
    bot = make_bot(
        wechaty_module,
        endpoint="127.0.0.1:1",
        token="unused",
        adapter=adapter,
        transport=transport,
        logged_in=logged_in,
        scheduler=scheduler,
        puppet=puppet,
    )
    await bot.start()
    assert logged_in.is_set()
    yield World(puppet, chat, clock, outbox, adapter, bot)
    await bot.stop()
    if scheduler.running:
        scheduler.shutdown(wait=False)

"""Issue of session 31 (outages): while WeChat's puppet service was down, the shared outbox relay logged a
WARNING for every row and every try (`outbox row 12 (send:wechat) failed, try 6: …`): a busy room's
answers and cards, each tried again with back-off for as long as the outage lasted, buried the WeChat
outbox's own one-story lines. Now the relay tells one story too, as s30-ops made the database's, Redis'
and the gateway's: one WARNING when sends start failing, each row's try at DEBUG, and one line when they
go again, saying after how long and how many rows waited.

`tuan run wechat` on the fakes (tests/adapters/wechat/relayed_room.py: the ChatApp writing outbox rows,
the relay sending them through the adapter and the WeChat outbox)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import timedelta

import pytest

from bot.wechat.outbox import OutboxPolicy
from bot.wechat.translate import Incoming
from tests.adapters.wechat.relayed_room import ROOM, RelayedWeChat


class Gateway(RelayedWeChat):
    """A room behind a puppet service that refuses every send while `down`, on a clock of our own."""

    def __init__(self) -> None:
        super().__init__("zh", OutboxPolicy(card_interval=timedelta(seconds=30), quiet_hours=None))
        self.relay.name = "wechat"  # as `tuan run wechat` names it (its platform)
        self.down = False
        self.seconds = 1000.0
        self.relay.monotonic = lambda: self.seconds
        self.outbox.monotonic = lambda: self.seconds
        self.sent: list[str] = []

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        if self.down:
            raise ConnectionRefusedError(111, "Connection refused")
        if conversation_id == ROOM:
            self.sent.append(text)

    async def say(self, member: str, text: str) -> None:
        self.count += 1
        said = Incoming(f"m{self.count}", f"wxid_{member}", member, text, room_id=ROOM)
        await self.adapter.on_message(said)
        assert await self.relay.drain(5)

    async def later(self, seconds: int) -> None:
        self.clock.advance(seconds=seconds)
        self.seconds += seconds
        assert await self.relay.drain(5)


def relays(records: Sequence[logging.LogRecord], level: int) -> list[str]:
    return [r.getMessage() for r in records if r.name == "bot.outbox_relay" and r.levelno >= level]


async def test_a_gateway_outage_is_one_warning_when_sends_fail_and_one_when_they_go_again(
    caplog: pytest.LogCaptureFixture,
) -> None:
    room = Gateway()
    room.relay.start()
    try:
        await room.say("张三", "接龙 海南贵妃芒 价格 30 成团 5")
        caplog.set_level(logging.DEBUG)
        room.down = True
        for member in ("李四", "王五", "赵六", "钱七"):  # one every 25 s, each row tried again meanwhile
            await room.say(member, "+1")
            for _ in range(5):
                await room.later(5)
        tries = len(relays(caplog.records, logging.DEBUG))
        room.down = False
        await room.later(60)  # every row's back-off passed: they go
    finally:
        await room.relay.close()

    warnings = relays(caplog.records, logging.WARNING)
    assert len(warnings) == 2, warnings  # not one per row and try
    assert re.fullmatch(
        r"outbox relay wechat: sends fail \(row \d+, send:wechat: WeChat did not take the message to "
        rf"{ROOM}\): rows wait and are "
        r"tried again with back-off; one line when they go again",
        warnings[0],
    ), warnings[0]
    gone_again = re.fullmatch(
        r"outbox relay wechat: sends go again after 160 s "
        r"\((\d+) rows waited, (\d+) tries failed meanwhile\)",
        warnings[1],
    )
    assert gone_again is not None, warnings[1]
    assert int(gone_again.group(1)) >= 4 and int(gone_again.group(2)) == tries > 4
    assert any("钱七" in text for text in room.sent), room.sent  # what waited reached the room

"""Review 47 #9 and #10: on WeChat, 8 `+1`s on a second group buy right after the first closed got 8 room
messages, each ending `麒麟西瓜（#1）刚截单；这次跟的是 阳山水蜜桃 6个装（#2）。`: that note made each answer
"say more than the card", so none was folded into the room's `📝 接龙更新`, and they helped spend the
room's daily budget. And the folded lines said the price each join saw (`当前 ¥128/份，再 1 份 ¥118`)
after the total had already reached ¥118. Such joins now fold like any plain join, and each line says the
price as it stands when the update is posted (since rep53 #9 no join reads the close once a group buy
opened here since, as 水蜜桃 did)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import timedelta

import pytest

from tests.adapters.wechat import relayed_room


class Room(relayed_room.Room):
    """`tuan run wechat` on the fakes, the close remembered and the price said as it is when posted:
    what the room reads, cards left out."""

    pause = 2

    def __init__(self, lang: str) -> None:
        super().__init__(lang, card_interval=timedelta(minutes=10), as_run=True)

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        if not text.startswith("🛒"):
            await super().send_text(conversation_id, text, mention_ids)


@pytest.fixture
async def room(request: pytest.FixtureRequest) -> AsyncIterator[Room]:
    opened = Room(request.param)
    opened.relay.start()
    yield opened
    await opened.relay.close()


OPEN = {
    "zh": ("接龙 西瓜 价格 39 成团 2", "接龙 水蜜桃 价格 128 阶梯 4:118"),
    "en": ("/groupbuy Melons price 39 target 2", "/groupbuy Peaches price 128 tiers 4:118"),
}
CLOSE = {"zh": "截单", "en": "/close"}
SAID = {
    "zh": {
        "first": ("Dan 跟团：1 × 水蜜桃（#2）。当前 ¥128/份，再 3 份 ¥118。"),
        "rollup": (
            "📝 接龙更新：\n"
            "Eve 跟团：1 × 水蜜桃（#2）。当前 ¥118/份。\n"
            "Fay 跟团：1 × 水蜜桃（#2）。当前 ¥118/份。"
        ),
    },
    "en": {
        "first": ("Dan is in: 1 × Peaches (#2). Now ¥128 each — 3 more for ¥118."),
        "rollup": (
            "📝 List updates:\n"
            "Eve is in: 1 × Peaches (#2). Now ¥118 each.\n"
            "Fay is in: 1 × Peaches (#2). Now ¥118 each."
        ),
    },
}


@pytest.mark.parametrize("room", ["zh", "en"], indirect=True)
async def test_joins_after_a_close_fold_into_one_update_with_the_price_now(room: Room) -> None:
    lang = room.outbox.language
    melons, peaches = OPEN[lang]
    await room.say("Amy", melons)
    await room.say("Bob", "+1", after=40)
    await room.say("Cat", "+1", after=40)
    await room.say("Amy", CLOSE[lang], after=40)
    await room.say("Amy", peaches, after=40)
    room.sent.clear()

    await room.say("Dan", "+1")  # the room's first join answer in 30 s: at once
    await room.say("Eve", "+1")
    await room.say("Fay", "+1")  # within 30 s of Dan's: they wait
    assert len(room.sent) == 1
    await room.say("Gus", "+1")  # the 4th: ¥118 for everyone, said at once
    assert len(room.sent) == 2
    await room.later(30)

    assert room.sent[0] == SAID[lang]["first"]
    assert room.sent[2:] == [SAID[lang]["rollup"]]  # one message, the price as it is now

"""s38: with 荔枝 #1 sold out (Bob holds it all) and 牛奶 #2 open in the same group, Bob's bare `分享` got
荔枝's sold-out answer and no code at all. Now it shares the one a friend can still buy, and says beside
its code that the other is sold out (no code for it)."""

from __future__ import annotations

import re

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat


async def _one_sold_out(*, english: bool = False) -> Chat:
    room = fake_chat()
    room.title = "Family"
    if english:
        await room.say("amy", "/lang en")
        await room.say("amy", "/groupbuy Lychees price 20 stock 1")
        await room.say("amy", "/groupbuy Milk price 5 stock 5")
    else:
        await room.say("amy", "接龙 荔枝 价格 20 库存 1")
        await room.say("amy", "接龙 牛奶 价格 5 库存 5")
    await room.say("bob", "+1 #1")
    return room


def _sent(replies: list[Reply]) -> str:
    sent = [reply.text for reply in replies if reply.text and reply.private_to == "bob"]
    assert len(sent) == 1, replies
    return sent[0]


async def test_a_bare_share_gives_the_open_ones_code_and_names_the_sold_out_one() -> None:
    room = await _one_sold_out()

    sent = _sent(await room.say("bob", "分享"))

    assert sent.startswith("你的牛奶（#2）分享码：团2-"), sent
    assert sent.endswith("\n#1 荔枝 已经卖完了，朋友现在买不到，所以没有发它的分享码。"), sent
    assert "团1-" not in sent


async def test_in_english() -> None:
    room = await _one_sold_out(english=True)

    sent = _sent(await room.say("bob", "/share"))

    assert sent.startswith("Your share code for Milk (#2): 2-"), sent
    assert sent.endswith("\n#1 Lychees is sold out: a friend could buy none now, so no code for it."), sent
    assert re.search(r"\b1-\w{4}", sent) is None


async def test_a_number_still_names_the_sold_out_one() -> None:
    room = await _one_sold_out()

    sent = _sent(await room.say("bob", "分享 #1"))

    assert sent.startswith("荔枝（#1）已经卖完了"), sent

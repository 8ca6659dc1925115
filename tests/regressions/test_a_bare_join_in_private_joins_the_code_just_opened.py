"""丽丽 opened a friend's share code in her private chat with the bot (`团1-…`): the card said
`发 +1 抢第一个`, but her `+1` and `我要两份` there got "这个群里现在没有进行中的团购" (there is no group in
a private chat); only `+1 团1-…` worked. Now a bare join there joins the group buy she just opened, and
with nothing opened it says to add the code, never "this group"."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import fake_chat


async def test_a_bare_join_in_private_joins_the_code_just_opened() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 海南贵妃芒 价格 88")
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say("bob", "分享")))
    assert found is not None
    [card] = await room.say("lili", found.group(0), private=True)
    assert card.text.endswith("发 +1 抢第一个")
    joined = room.said(await room.say("lili", "+1", private=True))
    assert joined.startswith("你已跟团：1 × 海南贵妃芒（#1）")
    more = room.said(await room.say("lili", "我要两份", private=True))
    assert more.startswith("你已跟团：又加 2 份，现在共 3 × 海南贵妃芒（#1）")
    assert "1. Lili ×3" in await room.card()
    stranger = room.said(await room.say("dan", "+1", private=True))
    assert "这个群" not in stranger and "+1 团12-K7QM" in stranger

"""rep84 #5: after Bob's 1-unit refund (of 2) and Cat's whole refund, `我的团` said
`部分退款 ¥20 · 已退款 2 份` (`/mine` "part refunded ¥20 · refunded: 2 units"): Cat's ¥20
was in no money figure, while 名单 said `已退款 ¥40`. Now 我的团 says the money every refund gave
back, as 名单 does, with the units."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("我的团", "名单 #1", "· 已退款 ¥40（2 份）", "· 已退款 ¥40"),
    "en": ("/mine", "/list #1", "· refunded ¥40 (2 units)", "· refunded ¥40"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_mine_says_the_money_refunded_as_the_list_does(lang: str) -> None:
    room = fake_chat()
    await room.say("amy", "接龙 粽子 价格 20")
    await room.say("bob", "+2")
    await room.say("cat", "+1")
    await room.say("amy", "截单")
    for typed in ("已收 1-1", "已收 1-2", "退款 1-1 1份", "退款 1-2"):
        await room.say("amy", typed, private=True)
    if lang == "en":
        await room.say("amy", "/lang en", private=True)
    mine_command, list_command, mine_said, list_said = SAID[lang]

    mine = room.said(await room.say("amy", mine_command, private=True)).splitlines()[1]
    listed = room.said(await room.say("amy", list_command, private=True))

    assert mine.endswith(mine_said)
    assert list_said in listed

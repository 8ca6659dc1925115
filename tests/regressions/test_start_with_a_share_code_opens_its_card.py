"""rep83 #10: new user Wen's `/start 3-NYUZ` (Tom's valid share code) and Xia's `/start 团3-NYUZ` were told
`这个链接无效（可能被截断了）…`, while the same code sent alone opened the card. A share code after `/start`
now opens its card in the private chat, as the code alone does, and a join there is credited to its sharer."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import fake_chat


async def test_start_with_a_share_code_opens_its_card() -> None:
    room = fake_chat()
    room.title = "en"
    await room.say("ann", "/lang en")
    await room.say("ann", "/groupbuy Mango price 20 stock 5")
    await room.say("ann", "/commission 10%")
    found = re.search(r"\d+-\w{4}", room.shared(await room.say("tom", "/share")))
    assert found is not None
    code = found.group(0)
    alone = await room.say("kim", code, private=True)

    for typed in (f"/start {code}", f"/start 团{code}", f"/start {code.lower()}"):
        opened = await room.say("wen", typed, private=True)
        assert [reply.text for reply in opened] == [reply.text for reply in alone], typed
    assert opened[0].text.startswith("🛒 Mango (#1)\nOrganiser: Ann\n"), opened
    assert any(button.data.startswith("gp:join:1:") for row in opened[0].buttons for button in row)

    joined = await room.say("wen", "+1", private=True)
    assert any("Mango" in (reply.text or "") for reply in joined), joined
    earnings = room.said(await room.say("tom", "/earnings", private=True))
    assert "Wen" in earnings, earnings


async def test_start_with_a_code_in_chinese() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 20")
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say("bob", "分享")))
    assert found is not None

    opened = await room.say("xia", f"/start {found.group(0)}", private=True)

    assert opened[0].text.startswith("🛒 芒果（#1）\n团长：Amy\n"), opened
    assert "链接无效" not in opened[0].text

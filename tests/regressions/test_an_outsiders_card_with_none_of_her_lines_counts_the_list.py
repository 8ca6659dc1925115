"""rep84 #9: Jo opened Jam's card in her private chat with a share code; she is in none of its lines, and
the card ended `… and 2 more on the list (names are shown in the group only)`: "more" than nobody. With
none of her lines shown it counts the list; with hers shown, the others are still "more"."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat


async def _code(lang: str) -> tuple[Chat, str]:
    room = fake_chat(default_language=lang)
    if lang == "en":
        await room.say("ann", "/groupbuy Jam price 10 stock 5 ends 3d", name="Ann")
        shared = room.shared(await room.say("eve", "/share", name="Eve"))
    else:
        await room.say("ann", "接龙 果酱 价格 10 库存 5 截止 3天", name="Ann")
        shared = room.shared(await room.say("eve", "分享", name="Eve"))
    await room.say("eve", "+1", name="Eve")
    await room.say("bob", "+2", name="Bob")
    found = re.search(r"\d+-\w{4}", shared)
    assert found is not None, shared
    return room, found.group(0)


async def test_her_card_counts_the_list_when_none_of_it_is_hers() -> None:
    room, code = await _code("en")

    card = room.said(await room.say("jo", code, private=True, name="Jo"))

    assert card.endswith("\n\n2 joins on the list (names are shown in the group only)"), card
    assert "more" not in card and "Bob" not in card, card


async def test_in_chinese() -> None:
    room, code = await _code("zh")

    card = room.said(await room.say("jo", code, private=True, name="Jo"))

    assert card.endswith("\n\n已有 2 条跟团（名单只在群里显示）"), card

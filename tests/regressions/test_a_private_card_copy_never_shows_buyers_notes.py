"""Eve, who is not in the group, opened Bob's share link in her private chat: the copy of the card there
showed the whole list as the group reads it, Cat's note too (`3. Cat ×2 · flat 502`: where Cat lives).
A private copy now shows each line's name, quantity and option, never a note; the group's own card keeps
its notes. So does the copy a share code opens, and the copy refreshed after a join."""

from __future__ import annotations

import re
from pathlib import Path

from handlers.config import DEV_PAYMENT_SECRET
from handlers.sharing import share_payload
from handlers.types import ChatKind, Request
from tests.unit.bot.playground_api import playground_api
from tests.unit.handlers.conftest import fake_chat


def in_private(user: str, *, text: str = "", button: str | None = None) -> Request:
    return Request(
        "test", user, user, user.title(), chat_kind=ChatKind.PRIVATE, text=text, button=button, language="en"
    )


async def test_a_share_links_private_copy_shows_no_note() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Durian price 100 target 2 ends 2h")
    await chat.say("bob", "+1")
    await chat.say("cat", "+2 flat 502")
    group = (await chat.card()).splitlines()
    assert "2. Cat ×2 · flat 502" in group  # the group's own card is as it was
    await chat.say("eve", "hello", name="Eve")  # a member (an outsider's copy lists nobody else)

    [copy] = await chat.app.handle(
        in_private("eve", text=f"/start {share_payload(1, 'bob', DEV_PAYMENT_SECRET)}")
    )
    lines = copy.text.splitlines()
    assert "1. Bob ×1" in lines and "2. Cat ×2" in lines
    assert "flat 502" not in copy.text

    await chat.say("dan", "+1 gate 3")  # a join refreshes her copy: still without notes
    assert copy.card_of is not None
    refreshed = (await chat.app.render_card(copy.card_of)).text.splitlines()
    assert "2. Cat ×2" in refreshed and "3. Dan ×1" in refreshed
    assert not any("flat 502" in line or "gate 3" in line for line in refreshed)
    assert "3. Dan ×1 · gate 3" in (await chat.card()).splitlines()


async def test_a_share_codes_private_copy_keeps_options_without_notes() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 规格 3斤:58,5斤:88 成团 3")
    await room.say("bob", "+1 5斤")
    await room.say("cat", "+2 3斤 3号楼502")
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say("bob", "分享")))
    assert found is not None
    group = await room.card()
    assert "3号楼502" in group
    await room.say("eve", "你好")  # a member (an outsider's copy lists nobody else)

    [copy] = await room.say("eve", found.group(0), private=True)
    lines = copy.text.splitlines()
    assert "1. Bob 5斤 ×1" in lines and "2. Cat 3斤 ×2" in lines
    assert "3号楼502" not in copy.text


async def test_the_playgrounds_private_copy_shows_no_note(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 榴莲 价格 100 成团 2")
        await api.say("family", "cat", "+2 3号楼502")
        shared = await api.say("family", "bob", "分享")
        found = re.search(r"团1-\w{4}", "\n".join(r["text"] for r in shared["replies"]))
        assert found is not None
        assert "1. Cat ×2 · 3号楼502" in (await api.card("family", 1))["text"].splitlines()

        await api.say("family", "dan", "你好")  # a member (an outsider's copy lists nobody else)
        opened = await api.say("dan", "dan", found.group(0))  # Dan's private chat with the bot
        [copy] = [r["text"] for r in opened["replies"] if r["chat"] == "dan" and r["card_of"]]
        assert "1. Cat ×2" in copy.splitlines() and "3号楼502" not in copy

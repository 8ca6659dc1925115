"""rep66 #9: Amy tapped `只收到 ¥10` on Eve's ¥10 of ¥20 (here ¥5 of ¥10); the chat says
`已收 ¥10，还差 ¥10` everywhere, but the console's orders page showed Eve's order only as `未付款` with
¥20. It now says the part received and what is left, in the page's language; an order with nothing
received reads as before."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from handlers.types import ChatKind, Request
from tests.unit.bot.console.console_client import PLATFORM, console_world

SHOWN = {
    "zh": ("<td>未付款（已收 ¥5，还差 ¥5）</td>", "<td>未付款</td>"),
    "en": ("<td>Unpaid (¥5 received, ¥5 to go)</td>", "<td>Unpaid</td>"),
}


@pytest.mark.parametrize("page", ["zh", "en"])
async def test_the_orders_page_shows_what_was_received(tmp_path: Path, page: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Lychees", target=2)
        await world.say("family", "bob", "+1")
        await world.say("family", "eve", "+1")
        await world.say("family", "amy", "/close")
        replies = await world.say("family", "eve", f"/ipaid {gid}-2 5")
        asked = next(reply for reply in replies if reply.private_to == "amy")
        tap = Request(
            platform=PLATFORM,
            chat_id="amy",
            user_id="amy",
            display_name="Amy",
            chat_kind=ChatKind.PRIVATE,
            button=asked.buttons[0][1].data,  # 只收到 ¥5
            update_id="tap-1",
        )
        await world.app.handle(tap)
        amy = await world.member("amy")
        amy.cookies.set("lang", page)
        text = html.unescape((await amy.get("/orders")).text)
        part, plain = SHOWN[page]
        assert part in text, text
        assert plain in text, text  # Bob's, nothing received

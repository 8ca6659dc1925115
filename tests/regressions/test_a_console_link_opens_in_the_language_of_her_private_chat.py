"""Review 57 #6 (and 52): Lisa's `/console` link opened the console in 中文 (her browser's language),
though every private message to her is English: only a `/lang` set in her private chat counted. The link
now opens the console in the language her private messages speak (her `/lang`, else her own as last
seen), when the browser chose none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, use_link


@pytest.mark.parametrize(
    ("organiser", "opens", "browser", "spoken", "menu"),
    [
        ("lisa", "/groupbuy Durian price 120 target 1", "zh-CN", "en", "Orders"),
        ("wang", "接龙 芒果 价格 88 成团 1", "en", "zh", "订单"),
    ],
)
async def test_a_console_link_opens_in_the_language_of_her_private_chat(
    tmp_path: Path, organiser: str, opens: str, browser: str, spoken: str, menu: str
) -> None:
    async with console_world(tmp_path) as world:
        await world.say("estate", organiser, opens)
        client = world.browser()
        client.headers["accept-language"] = browser
        answer = await use_link(client, await world.link_for(organiser))
        assert answer.status_code == 303
        assert answer.cookies.get("lang") == spoken
        page = await client.get("/orders")
        assert f'<html lang="{spoken}">' in page.text and menu in page.text

"""Review 69 #11: the `/console` login page opened with no (or another) Accept-Language was in the console's
default language ("登录") for an English organiser. The link carries the language of the chat it was sent in
(`?lang=en`), and the page it opens, its button and a refusal after it speak that language where the
browser chose none."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, csrf_of


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[ConsoleWorld]:
    async with console_world(tmp_path) as made:
        yield made


async def test_an_english_organisers_login_page_is_english(world: ConsoleWorld) -> None:
    await world.open_group_buy("family", "noah", "Avocados")
    path = await world.link_for("noah")
    assert path.endswith("?lang=en")
    page = await world.browser().get(path, headers={"accept-language": "zh-CN"})
    assert "Log in to the console" in page.text and "登录" not in page.text


async def test_a_chinese_organisers_login_page_is_chinese(world: ConsoleWorld) -> None:
    await world.say("family", "amy", "接龙 牛油果 价格 12")
    replies = await world.say("amy", "amy", "后台", private=True)
    text = replies[0].text or ""
    path = text[text.index("/login/link/") :].split()[0]
    assert path.endswith("?lang=zh")
    client = world.browser()
    page = await client.get(path)  # no Accept-Language; the console's default is English
    assert "登录后台" in page.text and "Log in" not in page.text
    await client.post(path, data={"csrf": csrf_of(page.text)})  # used once
    again = world.browser()
    used = await again.post(path, data={"csrf": csrf_of((await again.get(path)).text)})
    assert used.status_code == 410 and "Log in" not in used.text

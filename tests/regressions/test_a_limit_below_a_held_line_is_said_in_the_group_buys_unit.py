"""A limit below what one line holds, on a group buy sold per 斤: `有一条已经是 3 份`, in 份, in the chat and
the console's edit form alike (English "one line has 3", no unit). It now says the group buy's unit
(`3斤`, "3 kg"); without one it stays `3 份` / "3"."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, form_of, post_form
from tests.unit.handlers.conftest import fake_chat

AFTER = (
    "（你写的是限购 2）。没有任何改动。"
    "要改，先用 踢出 #{id} @Bob 去掉 TA 的那条（或请 Bob 发 -1 #{id}），再改限购。"
)


async def test_in_chat_a_limit_below_a_held_line_is_said_in_jin() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15/斤 成团 10")
    await chat.say("amy", "接龙 芒果 价格 15 成团 10")
    await chat.say("bob", "+3 #1")
    await chat.say("bob", "+3 #2")

    per_jin = chat.said(await chat.say("amy", "修改 #1 限购 2"))
    plain = chat.said(await chat.say("amy", "修改 #2 限购 2"))

    assert per_jin == "限购不能低于 Bob 已经买的数量：3斤" + AFTER.format(id=1)
    assert plain == "限购不能低于 Bob 已经买的数量：3 份" + AFTER.format(id=2)


async def test_in_english_a_limit_below_a_held_line_is_said_in_kg() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 15/kg target 10")
    await chat.say("bob", "+3")

    refused = chat.said(await chat.say("amy", "/edit limit 2"))

    assert refused == (
        "The limit can't go below what Bob already holds: 3 kg (you wrote limit 2). Nothing was changed. "
        "To set it, first take Bob's line off with /remove #1 @Bob (or Bob sends -1 #1), then set the limit."
    )


async def _console_says(tmp_path: Path, opening: str, lang: str) -> str:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", opening)
        gid = next(int(r.card_of) for r in replies if r.card_of)
        await world.say("family", "bob", "+3")
        client = await world.member("amy")
        client.cookies.set("lang", lang)
        form = await form_of(client, f"/group-buys/{gid}/edit")
        page = await post_form(client, f"/group-buys/{gid}/edit", {**form, "limit": "2"})
        assert page.status_code == 422
        found = re.search(r'<p id="limit-error" class="field-error">([^<]*)</p>', page.text)
        assert found is not None, page.text
        return html.unescape(found.group(1))


async def test_the_console_says_a_held_line_in_jin(tmp_path: Path) -> None:
    said = await _console_says(tmp_path, "接龙 荔枝 价格 15/斤 成团 10", "zh")
    assert said.startswith("每人限购不能低于已有人买的数量：有一条已经是 3斤（你填的是 2），"), said
    assert "请在“每人限购”一栏填至少 3；" in said, said


async def test_the_console_says_a_held_line_in_kg(tmp_path: Path) -> None:
    said = await _console_says(tmp_path, "/groupbuy Lychees price 15/kg target 10", "en")
    assert said.startswith(
        "The limit per person can't go below what someone already holds: one line has 3 kg (you wrote 2)"
    ), said
    assert "Write at least 3 in Limit per person" in said, said

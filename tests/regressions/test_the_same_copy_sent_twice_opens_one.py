"""Review (session 20, N1): copying the same closed group buy twice (再开一团 #1 sent twice, or the
console's copy form opened in two tabs and sent from both) opened two identical group buys, #2 and #3,
side by side; the second got only a look-alike warning, while an opening sent twice opens one. The
second copy now names the first, still open, and opens nothing. A sold-out copy is a batch done: copying
again is the next batch, as a sold-out original's copy is."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlers.types import Reply
from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form
from tests.unit.handlers.conftest import fake_chat

TWICE = {
    "en": "Mangoes was opened again from #1 a moment ago (#2) and is still open, so this did not open "
    "another one (the same copy sent twice?). To change it, send /edit #2; for a next batch, copy it once "
    "it closes or sells out: /copy #2.",
    "zh": "刚才已经从 #1 再开了 芒果（#2），它还在接龙，这次没有再开一个（同一个团再开了两次？）。"
    "要改它就发 修改 #2；等 #2 截单或卖完了，再发 再开一团 #2 开下一批。",
}


def _here(replies: list[Reply]) -> str:
    [text] = [r.text for r in replies if r.text and r.chat_id is None and not r.private_to]
    return text


@pytest.mark.parametrize(
    ("lang", "opening", "close", "copy"),
    [
        ("en", "/groupbuy Mangoes price 30", "/close #1", "/copy #1"),
        ("zh", "接龙 芒果 价格 30", "截单 #1", "再开一团 #1"),
    ],
)
async def test_a_copy_sent_twice_opens_one(lang: str, opening: str, close: str, copy: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("amy", close)

    first = await chat.say("amy", copy)
    again = await chat.say("amy", copy)

    assert chat.cards(first) == [(2, True)]
    assert _here(again) == TWICE[lang]
    assert chat.cards(again) == []
    await chat.say("cat", "+1 #2")
    await chat.say("amy", close.replace("#1", "#2"))
    next_batch = await chat.say("amy", copy)  # once the copy closed, copying again is meant
    assert chat.cards(next_batch) == [(3, True)]


async def test_a_sold_out_copy_is_a_batch_done_and_copied_again() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 30 stock 2")
    await chat.say("bob", "+2")
    await chat.say("amy", "/close #1")
    await chat.say("amy", "/copy #1")
    await chat.say("cat", "+2 #2")  # the next batch sold out in minutes

    again = await chat.say("amy", "/copy #1")

    assert chat.cards(again) == [(3, True)]


async def test_the_console_copy_form_sent_twice_opens_one(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Plums")
        await world.say("family", "bob", f"+2 #{gid}")  # its target
        await world.say("family", "amy", f"/close #{gid}")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        first_tab = {**await form_of(client, f"/group-buys/{gid}/copy"), "chat": "family"}
        second_tab = {**await form_of(client, f"/group-buys/{gid}/copy"), "chat": "family"}

        opened = await post_form(client, f"/group-buys/{gid}/copy", first_tab)
        twice = await post_form(client, f"/group-buys/{gid}/copy", second_tab)

        assert opened.status_code in (200, 303)
        copy = gid + 1
        assert twice.status_code == 422
        assert field_errors(twice.text)["chat"] == (
            f"刚才已经从 #{gid} 再开了 Plums（#{copy}），它还在接龙，"
            "这次没有再开一个（同一个团复制了两次？）。要改它，请在它的页面点“修改”；等它截单或卖完了，再在它的页面点“再开一团”开下一批。"
        )
        listing = await client.get("/group-buys")
        assert f"#{copy + 1}" not in listing.text

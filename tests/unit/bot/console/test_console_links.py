"""Organisers' one-time login links: `/console` (后台) in private sends one; it works once, for 10 minutes."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from commerce.domain.console import token_hash
from storage.tables import console_login_links
from tests.unit.bot.console.console_client import ConsoleWorld, use_link
from tests.unit.bot.playground_api import playground_api


async def test_console_in_a_group_says_to_ask_privately(world: ConsoleWorld) -> None:
    replies = await world.say("family", "amy", "/console")
    assert [r.text for r in replies] == [
        "Ask me for the console in a private chat: send /console to @tuan_bot."
    ]
    replies = await world.say("family", "amy", "后台")
    assert [r.text for r in replies] == ["后台登录请私聊我：给 @tuan_bot 发送 后台。"]


async def test_a_member_who_organises_nothing_gets_no_link(world: ConsoleWorld) -> None:
    replies = await world.say("bob", "bob", "/console", private=True)
    assert [r.text for r in replies] == [
        "The console has nothing for you yet: it shows the group buys you organise and the pickup codes "
        "of those you help with."
    ]


async def test_an_organisers_link_works_once_and_keeps_only_a_hash(world: ConsoleWorld) -> None:
    await world.open_group_buy("family", "amy", "Mangoes")
    path = await world.link_for("amy")
    token = path.rsplit("/", 1)[1].split("?", 1)[0]  # the link carries its language, `?lang=en`
    async with world.engine.connect() as conn:
        stored = (await conn.execute(sa.select(console_login_links.c.token_hash))).scalars().all()
    assert stored == [token_hash(token)]
    client = world.browser()
    first = await use_link(client, path)
    assert first.status_code == 303
    assert first.headers["location"] == "/dashboard"  # the landing page
    page = await client.get("/group-buys")
    assert "Amy (organiser)" in page.text
    assert "Mangoes" in page.text
    again = await use_link(world.browser(), path)
    assert again.status_code == 410
    assert "This login link was used already or has expired" in again.text


async def test_opening_the_link_changes_nothing_until_the_button_is_pressed(world: ConsoleWorld) -> None:
    await world.open_group_buy("family", "amy", "Mangoes")
    path = await world.link_for("amy")
    preview = world.browser()
    assert (await preview.get(path)).status_code == 200  # a chat app's link preview fetching it
    assert (await preview.get(path)).status_code == 200
    assert (await use_link(world.browser(), path)).status_code == 303


async def test_a_link_expires_after_ten_minutes(world: ConsoleWorld) -> None:
    await world.open_group_buy("family", "amy", "Mangoes")
    path = await world.link_for("amy")
    world.clock.advance(minutes=9, seconds=59)
    assert (await use_link(world.browser(), await world.link_for("amy"))).status_code == 303
    world.clock.advance(seconds=2)  # the first link is now 10 minutes and 1 second old
    expired = await use_link(world.browser(), path)
    assert expired.status_code == 410
    assert "Send /console to the bot in a private chat for a new one." in expired.text


async def test_a_made_up_link_logs_nobody_in(world: ConsoleWorld) -> None:
    client = world.browser()
    response = await use_link(client, "/login/link/not-a-token")
    assert response.status_code == 410
    assert (await client.get("/group-buys")).status_code == 302


async def test_a_pickup_helper_gets_the_pickup_page_only(world: ConsoleWorld) -> None:
    gid = await world.open_group_buy("family", "amy", "Mangoes")
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", f"/helper #{gid} @Cat")
    client = await world.member("cat")
    assert (await client.get("/")).headers["location"] == "/pickup"
    page = await client.get("/pickup")
    assert page.status_code == 200 and "Cat (pickup helper)" in page.text
    assert (await client.get("/group-buys")).status_code == 403


async def test_the_playground_sends_the_link_in_a_private_chat(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "/groupbuy Mangoes price 10")
        said = await api.say("amy", "amy", "/console")
        [text] = [m["text"] for m in await api.messages("amy") if "/login/link/" in m["text"]]
        assert text.startswith(
            "Your login link to the console (works once, for 10 minutes; do not forward it):\n"
            "http://127.0.0.1:8081/login/link/"
        )
        assert said
        await api.say("family", "amy", "后台")
        assert (await api.messages("family"))[-1]["text"] == "后台登录请私聊我：给 @tuan_bot 发送 后台。"

"""Review: the New group buy form sent twice (a double click, a refresh: the same CSRF token) opened two
group buys (#3 and #4); and creating an API token answered the POST with a page, so a refresh made
another. The form now carries a one-time token: the second submission opens nothing and says so; a
token is made by post/redirect/get, shown once on the page the POST goes to."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, csrf_of, post_form

ONCE = re.compile(r'name="once" value="([^"]+)"')
NEW_TOKEN = re.compile(r'<pre class="answer" id="new-token">(tuan_[A-Za-z0-9_\-]+)</pre>')


async def test_the_new_group_buy_form_sent_twice_opens_one(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Mangoes")
        client = await world.member("amy")
        page = (await client.get("/group-buys/new")).text
        once = ONCE.search(page)
        assert once, page
        form = {"csrf": csrf_of(page), "once": once.group(1), "chat": "family", "title": "Durian"}
        form |= {"price": "30", "target": "2"}
        first = await client.post("/group-buys/new", data=form)
        assert first.status_code == 303, first.text
        again = await client.post("/group-buys/new", data=form)
        assert again.status_code == 303 and again.headers["location"] == first.headers["location"]
        shown = (await client.get(again.headers["location"])).text
        opened = first.headers["location"].rsplit("/", 1)[1]
        assert f"This form was sent already: it opened #{opened}; nothing was opened again." in shown
        listed = (await client.get("/group-buys")).text
        assert listed.count("Durian") == 1, listed


async def test_a_form_refused_can_be_corrected_and_sent(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Mangoes")
        client = await world.member("amy")
        page = (await client.get("/group-buys/new")).text
        form = {"csrf": csrf_of(page), "once": ONCE.search(page).group(1), "chat": "family"}  # type: ignore[union-attr]
        form |= {"title": "Durian", "price": "30", "target": "2", "stock": "1"}  # a stock below the target
        refused = await client.post("/group-buys/new", data=form)
        assert refused.status_code == 422
        made = await client.post("/group-buys/new", data={**form, "stock": ""})
        assert made.status_code == 303 and made.headers["location"] != "/group-buys", made.text


async def test_a_refresh_after_making_an_api_token_makes_no_other(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Mangoes")
        client = await world.member("amy")
        made = await post_form(client, "/tokens", {"label": "sheet"})
        assert made.status_code == 303 and made.headers["location"] == "/tokens"
        page = (await client.get("/tokens")).text
        assert NEW_TOKEN.search(page), page  # shown once
        again = (await client.get("/tokens")).text  # a refresh: the GET again, nothing made
        assert not NEW_TOKEN.search(again) and again.count("sheet</td>") == 1
        assert [row["action"] for row in await world.audit_rows()] == ["api_token.create"]


async def test_the_copy_form_sent_twice_opens_one(tmp_path: Path) -> None:
    """Review (session 18): the copy form (再开一团) had no one-time token: sent twice, it opened #9 and #10,
    both announced in the group."""
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "cat", f"+1 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")  # a copy opens beside a closed one only
        client = await world.member("amy")
        page = (await client.get(f"/group-buys/{gid}/copy")).text
        once = ONCE.search(page)
        assert once, page
        form = {"csrf": csrf_of(page), "once": once.group(1), "chat": "family", "deadline": "2d"}
        first = await client.post(f"/group-buys/{gid}/copy", data=form)
        assert first.status_code == 303, first.text
        again = await client.post(f"/group-buys/{gid}/copy", data=form)
        assert again.status_code == 303 and again.headers["location"] == first.headers["location"]
        shown = (await client.get(again.headers["location"])).text
        opened = first.headers["location"].rsplit("/", 1)[1]
        assert f"This form was sent already: it opened #{opened}; nothing was opened again." in shown
        listed = (await client.get("/group-buys")).text
        assert listed.count("Mangoes") == 2, listed  # the original and one copy

"""Review: a group buy an admin opened from the console named the admin's login ("root") as its
organiser to buyers (the card, /status, order messages). The console's open form now asks an admin who
organises it: one of the chat's known members (none chosen for the admin: picked every time), whose
group buy it is; a chat with no known member says so on the form, and the group buy is the catalog's
"<chat> organiser". The audit log still names the admin."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form

FORM = {"title": "Durian", "price": "30", "target": "1"}


async def test_an_admin_opens_a_group_buy_for_one_of_the_chats_members(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        await world.say("family", "bob", "hello")
        admin = await world.admin()
        page = (await admin.get("/group-buys/new", params={"chat": "family"})).text
        assert '<option value="playground:amy">Amy</option>' in page  # its latest organiser, not chosen
        assert '<option value="playground:bob">Bob</option>' in page
        made = await post_form(
            admin, "/group-buys/new", {**FORM, "chat": "family", "organiser": "playground:bob"}
        )
        assert made.status_code == 303, made.text
        gid = int(made.headers["location"].rsplit("/", 1)[1])
        card = (await world.app.render_card(gid)).text or ""
        assert "Bob" in card and "root" not in card, card
        joined = " ".join(r.text or "" for r in await world.say("family", "cat", f"+1 #{gid}"))
        assert "root" not in joined, joined
        closed = [r.text or "" for r in await world.say("family", "bob", f"/close #{gid}")]  # his to close
        assert any("Durian" in text for text in closed) and "root" not in " ".join(closed), closed
        async with world.app.uow_factory() as uow:
            opened = await uow.group_buys.get(gid)
        assert opened is not None and opened.organiser_id == "bob" and opened.status.value != "open"
        [entry] = [e for e in await world.audit_rows() if e["action"] == "group_buy.create"]
        assert entry["actor"] == "console:root"


async def test_an_admin_must_pick_a_member_where_the_chat_had_no_organiser(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "bob", "hello")
        admin = await world.admin()
        made = await post_form(admin, "/group-buys/new", {**FORM, "chat": "family"})
        assert made.status_code == 422
        said = "Choose who organises it: one of this chat's members in the list."
        assert said in html.unescape(made.text)
        assert '<option value="playground:bob">Bob</option>' in made.text


async def test_a_chat_with_no_known_member_gets_the_chats_organiser(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        async with world.app.uow_factory() as uow:
            await uow.chat_names.name("quiet", "Quiet Street", datetime(2026, 1, 1, tzinfo=UTC))
            await uow.commit()
        admin = await world.admin()
        admin.cookies.set("lang", "en")
        page = (await admin.get("/group-buys/new", params={"chat": "quiet"})).text
        assert html.unescape(page).count("No member of this chat is known yet") == 1
        made = await post_form(admin, "/group-buys/new", {**FORM, "chat": "quiet"})
        assert made.status_code == 303, made.text
        gid = int(made.headers["location"].rsplit("/", 1)[1])
        card = (await world.app.render_card(gid)).text or ""
        assert "Quiet Street organiser" in card and "root" not in card, card

"""Session 21 (C3): the console's edit form, refusing a stock below what is taken or a limit below what
one line holds, told whoever read it to "send /remove #12 @name" in the group buy's chat: an admin,
who is not the organiser there, cannot; and the stock's refusal never said what the field takes. The
page now says what to write in the field, and that lines come off the list only in the group buy's
chat: the organiser reads that they take them off there (/remove), an admin that they ask the
organiser, by name, to; in the page's language; nothing changed."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form


async def test_an_admin_is_told_to_ask_the_organiser_and_the_organiser_what_to_write(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Pears")
        await world.say("family", "bob", "+3")
        admin, amy = await world.admin(), await world.member("amy")
        said: dict[tuple[str, str, str], str] = {}
        for who, client in (("admin", admin), ("amy", amy)):
            form = await form_of(client, f"/group-buys/{gid}/edit")
            for lang in ("en", "zh"):
                client.cookies.set("lang", lang)
                for field in ("stock", "limit"):
                    page = await post_form(client, f"/group-buys/{gid}/edit", {**form, field: "2"})
                    assert page.status_code == 422, page.text
                    said[who, lang, field] = field_errors(page.text)[field]
        events = [row for row in await world.audit_rows() if row["action"] == "group_buy.edit"]

    assert events == []  # nothing changed
    assert said["admin", "en", "stock"] == (
        "Stock can't go below the 3 units already taken (you wrote 2): nothing was changed. Write at least "
        "3 in Stock. This page cannot take a line off the list: to go lower, ask the organiser, Amy, "
        "to take lines off with /remove in the group buy's chat, then change Stock."
    )
    assert said["admin", "en", "limit"] == (
        "The limit per person can't go below what someone already holds: one line has 3 (you wrote 2), so "
        "nothing was changed. Write at least 3 in Limit per person. This page cannot take a line off the "
        "list: to go lower, ask the organiser, Amy, to take lines off with /remove in the group buy's "
        "chat, then change it."
    )
    assert said["admin", "zh", "stock"] == (
        "库存不能少于已经接龙的 3 份（你填的是 2），没有任何改动。请在“库存”一栏填至少 3。"
        "这个页面不能移人：要减到更少，请团长 Amy 先在团购的群里用“踢出”把多出的份数移出名单，再改“库存”。"
    )
    assert said["admin", "zh", "limit"] == (
        "每人限购不能低于已有人买的数量：有一条已经是 3 份（你填的是 2），没有任何改动。请在“每人限购”一栏填"
        "至少 3。这个页面不能移人：要限得更少，请团长 Amy 先在团购的群里用“踢出”调整，再改限购。"
    )
    assert said["amy", "en", "stock"] == (
        "Stock can't go below the 3 units already taken (you wrote 2): nothing was changed. Write at least "
        "3 in Stock; to go lower, first take lines off the list in the group buy's chat (send "
        f"/remove #{gid} @name there: this page cannot), then change Stock."
    )
    assert said["amy", "zh", "stock"] == (
        "库存不能少于已经接龙的 3 份（你填的是 2），没有任何改动。请在“库存”一栏填至少 3；要减到更少，"
        f"先在团购的群里发“踢出 #{gid} @名字”把多出的份数移出名单（这个页面不能移人），再改“库存”。"
    )
    assert f"/remove #{gid} @name" in said["amy", "en", "limit"] and "Amy" not in said["amy", "en", "limit"]

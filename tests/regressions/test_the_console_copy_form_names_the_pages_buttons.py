"""Review (session 20): the console's copy form (再开一团 / Open again) of a group buy still open in its
own chat answered with the chat's commands, "要改它就发 修改 #1 … 先发 截单 #1 … 再发 再开一团 #1" /
"send /edit #1 … close it with /close #1 … then send /copy #1". It now names the group buy page's
buttons (修改, 立即截单, 取消团购, 再开一团 / Change, Close now, Call off, Open again), in the page's
language, and opens nothing."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, field_errors, post_form


async def test_copying_an_open_group_buy_names_the_pages_buttons(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        before = len(await world.outbox_rows())
        client.cookies.set("lang", "zh")

        zh = await post_form(client, f"/group-buys/{gid}/copy", {"chat": "family", "deadline": ""})

        assert zh.status_code == 422
        assert field_errors(zh.text)["chat"] == (
            f"Plums（#{gid}）还在接龙，在它的群里再开一团会多出一个一样的团，没有任何改动。要改它，请在它的页面点"
            "“修改”；要重开，先在那里点“立即截单”（到不了成团数量的话，点“取消团购”），再点“再开一团”。"
        )
        client.cookies.set("lang", "en")
        en = await post_form(client, f"/group-buys/{gid}/copy", {"chat": "family", "deadline": "3d"})
        assert en.status_code == 422
        assert field_errors(en.text)["chat"] == (
            f"Plums (#{gid}) is still open: a copy in its own chat would be a second one beside it, so "
            "nothing was changed. To change it, use Change on its page; to run it again, first press "
            "Close now there (or Call off, if it will not reach its target), then Open again."
        )
        assert "/close" not in en.text and "截单 #" not in zh.text
        assert len(await world.outbox_rows()) == before  # nothing opened

"""Review (session 19): the console's new group buy form with a pickup time before the deadline was refused
with its dates written in the chat's language (a Chinese page for the English group `work`: "自提时间 Tue
24 Nov 17:00 在截止时间 Thu 26 Nov 12:00 之前…") and a chat command to type "in the opening message"
(开团消息), which the form's user never typed; the edit form the same ("修改 #3 截止 …"). The form now
says it in the page's language throughout, its dates too, naming its fields (自提点, 截止时间 / Pickup,
Deadline), the deadline example as the Deadline field reads it."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, form_of, post_form

CJK = re.compile(r"[\u4e00-\u9fff]")
NEW = {"title": "Mangoes", "price": "88", "target": "3", "deadline": "3d", "pickup": "Gate 3 tomorrow 17:00"}


def _said(page: str) -> dict[str, str]:
    found = re.findall(r'<p id="(\w+)-error" class="field-error">([^<]*)</p>', page)
    return {name: html.unescape(text) for name, text in found}


async def test_the_new_form_says_it_in_the_pages_language_naming_its_fields(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:  # the clock: Mon 23 Nov 2026, 12:00 in the chats
        await world.say("work", "amy", "/lang en")
        await world.open_group_buy("work", "amy", "Plums")
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        before = len(await world.outbox_rows())

        zh = await post_form(client, "/group-buys/new", {**NEW, "chat": "work"})

        assert zh.status_code == 422
        assert _said(zh.text)["pickup"] == (
            "自提时间 11月24日 周二 17:00 在截止时间 11月26日 周四 12:00 之前，截单前没法取货，没有开团。"
            "请在“自提点”一栏写截止以后的时间，例如：Gate 3 · 11月26日 周四 17:00；"
            "或者把“截止时间”改到自提之前，例如：2026-11-24 16:00"
        )
        client.cookies.set("lang", "en")
        en = await post_form(
            client,
            "/group-buys/new",
            {**NEW, "chat": "family", "deadline": "", "pickup": "Gate 3 tomorrow 10:00"},
        )
        assert en.status_code == 422
        said = _said(en.text)
        assert said["deadline"] == (
            "With Deadline left empty, a group buy closes 24 hours after opening: Tue 24 Nov 12:00, so a "
            "pickup at Tue 24 Nov 10:00 would come before the close and nothing was opened. Fill in a "
            "Deadline before the pickup, e.g. 2026-11-24 09:00, or in Pickup write a time after the close, "
            "e.g. Gate 3 · Wed 25 Nov 10:00."
        )
        assert not CJK.search(en.text.split('id="deadline-error"')[1].split("</p>")[0])
        assert len(await world.outbox_rows()) == before  # nothing opened


async def test_the_edit_form_says_it_in_the_pages_language_naming_its_fields(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("work", "amy", "/lang en")
        gid = await world.open_group_buy("work", "amy", "Kiwi")  # closes Tue 24 Nov 12:00
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        form = await form_of(client, f"/group-buys/{gid}/edit")

        early = await post_form(client, f"/group-buys/{gid}/edit", {**form, "pickup": "Gate 3 明天 10:00"})

        assert early.status_code == 422
        assert _said(early.text)["pickup"] == (
            f"Kiwi（#{gid}）11月24日 周二 12:00 才截单，自提时间 11月24日 周二 10:00 在截单之前，"
            "没有任何改动。"
            "请在“自提点”一栏写截单以后的时间，例如：Gate 3 · 11月25日 周三 10:00；"
            "或者同时把“截止时间”改到自提之前，例如：2026-11-24 09:00"
        )
        await world.say("work", "amy", f"/pickup #{gid} Gate 3 in 3 days 10:00")
        form = await form_of(client, f"/group-buys/{gid}/edit")
        late = await post_form(client, f"/group-buys/{gid}/edit", {**form, "deadline": "5d"})
        assert late.status_code == 422
        assert _said(late.text)["deadline"] == (
            f"Kiwi（#{gid}）11月26日 周四 10:00 自提，截止时间 11月28日 周六 12:00 会晚于自提，"
            "没有任何改动。"
            "请把“截止时间”改到自提之前，例如：2026-11-26 09:00；"
            "或者同时在“自提点”一栏写更晚的时间，例如：Gate 3 · 11月29日 周日 10:00"
        )

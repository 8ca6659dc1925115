"""Review (session 19), beside the target: the console's group buy forms answered a deadline or a pickup
with the chat's examples, "例如：截止 2小时、截止 明天9点…" / "Examples: ends 2h…", "e.g. /pickup Gate 3
tomorrow 17:00", commands the form's user never types. Each now says what to type in the form's field
(截止时间 / Deadline, 自提点 / Pickup), in the page's language, the copy form's Deadline too."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, field_errors, post_form

FORM = {"chat": "family", "title": "Mangoes", "price": "88", "target": "3", "deadline": "3d"}


async def test_the_deadline_and_pickup_fields_say_what_to_type(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        before = len(await world.outbox_rows())

        unread = await post_form(client, "/group-buys/new", {**FORM, "deadline": "blah"})
        past = await post_form(client, "/group-buys/new", {**FORM, "pickup": "小区南门 昨天 10:00"})

        assert unread.status_code == past.status_code == 422
        assert field_errors(unread.text)["deadline"] == (
            "看不懂截止时间“blah”：请在“截止时间”一栏这样写，例如 3天、明天 9:00、周五 18:00 或 "
            "2026-12-24 20:00。"
        )
        assert field_errors(past.text)["pickup"] == (
            "自提时间“昨天 10:00”已经过去了，没有任何改动：请在“自提点”一栏写地点和一个还没到的时间，"
            "例如 小区南门 明天下午5点。"
        )
        client.cookies.set("lang", "en")
        gone = await post_form(client, "/group-buys/new", {**FORM, "deadline": "yesterday"})
        assert gone.status_code == 422
        assert field_errors(gone.text)["deadline"] == (
            "That deadline has already passed: write a time still to come in Deadline, e.g. 3d, "
            "tomorrow 9:00 or 2026-12-24 20:00."
        )
        await world.say("family", "amy", f"/cancel #{gid}")  # a copy of it: the Deadline field alone
        before = len(await world.outbox_rows())
        far = await post_form(client, f"/group-buys/{gid}/copy", {"chat": "family", "deadline": "1000d"})
        assert far.status_code == 422
        assert field_errors(far.text)["deadline"] == (
            "That deadline is too far away (90 days at most): write one within 90 days in Deadline, e.g. 3d."
        )
        assert len(await world.outbox_rows()) == before  # nothing opened

"""Task s21 A1: an admin's 已收 (in the chat, or the console's Mark paid) told the buyer and the card, but
Amy, who runs the group buy and holds the money, heard nothing, while an admin's refund or undo was told
to her (`test_an_admins_refund_or_undo_is_told_to_the_organiser`). She is now told privately, in her
language, once per action: several orders marked paid at once are one message listing them. Her own
已收 tells her nothing more than her answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import Chat, fake_chat

CASES = {
    "en": (
        "/groupbuy Mangoes price 30",
        "/close",
        "/paid",
        "Boss marked order #1-1 of your Mangoes (#1), Bob's, ¥30, as paid.",
        "Boss marked 2 orders of yours as paid: #1-2 Mangoes (#1), Cat's, ¥60; #1-3 Mangoes (#1), Dan's, "
        "¥30.",
    ),
    "zh": (
        "接龙 芒果 价格 30",
        "截单",
        "已收",
        "Boss 把你的 芒果（#1）订单 #1-1（Bob，¥30）标记为已收款。",
        "Boss 把你的 2 个订单标记为已收款：#1-2 芒果（#1）Cat ¥60；#1-3 芒果（#1）Dan ¥30。",
    ),
}


async def _closed(lang: str) -> Chat:
    opening, close, *_ = CASES[lang]
    chat = fake_chat(default_language=lang)
    chat.admins = {"boss"}
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("cat", "+2")
    await chat.say("dan", "+1")
    await chat.say("amy", close)
    return chat


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_an_admins_paid_reaches_the_organiser_once(lang: str) -> None:
    _, _, paid, one, several = CASES[lang]
    chat = await _closed(lang)

    by_number = await chat.say("boss", f"{paid} 1-1")
    at_once = await chat.say("boss", f"{paid} 1-2 1-3")

    assert [r.text for r in by_number if r.private_to == "amy"] == [one]
    assert [r.text for r in at_once if r.private_to == "amy"] == [several]
    assert {"bob"} <= set(chat.private(by_number))  # the buyers are told as before
    assert {"cat", "dan"} <= set(chat.private(at_once))


async def test_an_admins_paid_by_name_reaches_the_organiser() -> None:
    chat = await _closed("zh")

    replies = await chat.say("boss", "已收 @Bob")

    assert chat.private(replies)["amy"] == CASES["zh"][3]


async def test_her_own_paid_tells_her_nothing_more() -> None:
    chat = await _closed("en")

    one = await chat.say("amy", "/paid 1-1")
    several = await chat.say("amy", "/paid 1-2 1-3")

    assert "amy" not in chat.private(one)
    assert "amy" not in chat.private(several)


async def test_an_admins_mark_paid_in_the_console_reaches_the_organiser(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+1 #{gid}")
        await world.say("family", "cat", f"+1 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        client = await world.admin()
        before = len(await world.outbox_rows())

        marked = await post_form(client, "/orders/paid", {"order": f"{gid}-1"})

        assert marked.status_code == 303
        rows = (await world.outbox_rows())[before:]
        replies = [(row["chat_id"], json.loads(row["payload"])["reply"]) for row in rows]
        to_amy = [r.get("text", "") for chat, r in replies if r.get("private_to") == "amy" or chat == "amy"]
        # the chat and Bob read Amy's name: the console acts for her shop; to her it is "An admin"
        assert to_amy == [f"Admin root marked order #{gid}-1 of your Mangoes (#{gid}), Bob's, ¥10, as paid."]


async def test_her_own_mark_paid_in_the_console_tells_her_nothing_more(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+1 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        client = await world.member("amy")
        before = len(await world.outbox_rows())

        marked = await post_form(client, "/orders/paid", {"order": f"{gid}-1"})

        assert marked.status_code == 303
        rows = (await world.outbox_rows())[before:]
        replies = [(row["chat_id"], json.loads(row["payload"])["reply"]) for row in rows]
        assert not [r for chat, r in replies if r.get("private_to") == "amy" or chat == "amy"]


async def test_an_admins_batch_mark_paid_in_the_console_is_one_message(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+1 #{gid}")
        await world.say("family", "cat", f"+1 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        client = await world.admin()
        before = len(await world.outbox_rows())

        ticked = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on"}
        marked = await post_form(client, "/orders/paid", ticked)

        assert marked.status_code == 303
        rows = (await world.outbox_rows())[before:]
        replies = [(row["chat_id"], json.loads(row["payload"])["reply"]) for row in rows]
        to_amy = [r.get("text", "") for chat, r in replies if r.get("private_to") == "amy" or chat == "amy"]
        assert to_amy == [
            f"Admin root marked 2 orders of yours as paid: #{gid}-1 Mangoes (#{gid}), Bob's, ¥10; "
            f"#{gid}-2 Mangoes (#{gid}), Cat's, ¥10."
        ]
        assert {"bob", "cat"} <= {r.get("private_to") for _, r in replies}  # each buyer told as before

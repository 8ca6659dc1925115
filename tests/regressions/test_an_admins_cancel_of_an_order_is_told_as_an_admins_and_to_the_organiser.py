"""Review 29 #3: a console admin's 取消订单 told the buyer `Amy 取消了你的订单 #17-1（桃子，¥20）…请直接
联系 Amy。` (as if the organiser did it) and told the organiser nothing. Now the buyer reads 管理员 /
"An admin", as for an admin's refund or 撤销已收, and the organiser is told privately by the admin's name
(`管理员 dan 取消了你的 桃子（#17）订单 #17-1（Lou，¥20）…`), with the reason when one was given; a chat
admin's cancel is told to her too. Her own cancel tells her nothing more."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form
from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": {
        "bob": "管理员 取消了你的订单 #{gid}-1（Mangoes，¥10）：这笔不用再付了。如果有误，请直接联系 Amy。",
        "amy": "管理员 root 取消了你的 Mangoes（#{gid}）订单 #{gid}-1（Bob，¥10）：这笔不用再收了。",
    },
    "en": {
        "bob": "An admin cancelled your order #{gid}-1 (Mangoes, ¥10): you owe nothing for it. "
        "If that is a mistake, please talk to Amy.",
        "amy": "Admin root cancelled order #{gid}-1 of your Mangoes (#{gid}), Bob's, ¥10: "
        "nothing is owed for it any more.",
    },
}


async def _told(world: ConsoleWorld, since: int) -> dict[str, list[str]]:
    told: dict[str, list[str]] = {}
    for row in (await world.outbox_rows())[since:]:
        reply = json.loads(row["payload"])["reply"]
        if reply.get("text") and reply.get("private_to"):
            told.setdefault(reply["private_to"], []).append(reply["text"])
    return told


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_console_admins_cancel_is_an_admins_to_the_buyer_and_told_to_the_organiser(
    tmp_path: Path, lang: str
) -> None:
    async with console_world(tmp_path) as world:
        for who in ("amy", "bob"):
            await world.say(who, who, f"/lang {lang}", private=True)
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+1 #{gid}")
        await world.say("family", "cat", f"+1 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        client = await world.admin()
        client.cookies.set("lang", lang)
        since = len(await world.outbox_rows())

        done = await post_form(client, "/orders/cancel", {"order": f"{gid}-1", "confirm": "yes"})

        assert done.status_code == 303
        told = await _told(world, since)
        assert told["bob"] == [SAID[lang]["bob"].format(gid=gid)]
        assert told["amy"] == [SAID[lang]["amy"].format(gid=gid)]

        amy = await world.member("amy")  # her own cancel in the console: nothing more to her
        since = len(await world.outbox_rows())
        await post_form(amy, "/orders/cancel", {"order": f"{gid}-2", "confirm": "yes"})
        assert "amy" not in await _told(world, since)


CHAT = {
    "zh": (
        "接龙 芒果 价格 30",
        "截单",
        "取消订单 1-1 不要了",
        "Boss 取消了你的 芒果（#1）订单 #1-1（Bob，¥30）：这笔不用再收了。\n原因：不要了",
    ),
    "en": (
        "/groupbuy Mangoes price 30",
        "/close",
        "/cancelorder 1-1 changed mind",
        "Boss cancelled order #1-1 of your Mangoes (#1), Bob's, ¥30: nothing is owed for it any more.\n"
        "Reason: changed mind",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_chat_admins_cancel_is_told_to_the_organiser(lang: str) -> None:
    opening, close, cancel, amy = CHAT[lang]
    chat = fake_chat(default_language=lang)
    chat.admins = {"boss"}
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", close)

    told = chat.private(await chat.say("boss", cancel))

    assert told["amy"] == amy
    assert "amy" not in chat.private(await chat.say("amy", cancel.replace("1-1", "1-2")))

"""Review 98 #6: an admin on a Chinese console page opened `Tea` in Mia's name in `neighbours`, a group
whose every card was English (Kim's Cookies); Mia, told everything else in English, read `管理员 root
用你的名义在「neighbours」开了 Tea（#2）…`: the notice followed the new group buy's language, the admin's
page's. With no `/lang` nor app language of hers, she is told in the group's language as it spoke
before (its `/lang`, else its cards'), the admin's page's only when nothing tells."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

FORM = {"title": "Tea", "price": "12", "target": "1", "chat": "neighbours", "organiser": "playground:mia"}


async def _told_mia(world: ConsoleWorld) -> list[str]:
    dan = await world.admin("dan")
    dan.cookies.set("lang", "zh")  # the admin's page in Chinese
    before = len(await world.outbox_rows())
    made = await post_form(dan, "/group-buys/new", FORM)
    assert made.status_code == 303, made.text
    replies = (json.loads(row["payload"])["reply"] for row in (await world.outbox_rows())[before:])
    return [reply["text"] for reply in replies if reply.get("private_to") == "mia"]


async def test_she_is_told_in_her_english_groups_language(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("neighbours", "kim", "Cookies")
        await world.say("neighbours", "mia", "+1")

        told = await _told_mia(world)

    assert told == [
        "Admin dan opened Tea (#2) in Neighbours Group in your name: you are its organiser, buyers pay you;"
        " watch its close and payments."
    ]


async def test_a_group_nothing_tells_of_hears_the_pages_language(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("neighbours", "mia", "hello")

        told = await _told_mia(world)

    assert told == [
        "管理员 dan 用你的名义在「Neighbours Group」开了 Tea（#1）："
        "团长是你，买家付款给你，截单、收款请留意。"
    ]

"""Review 27 #5: dan, a console admin, marked order #7-3 paid in the console and the buyer read "Amy
已确认收到你订单 #7-3…的付款": credited to the organiser, who confirmed nothing. The buyer now reads who
confirmed it, an admin (`管理员 已确认…` / "An admin confirmed…"; a console login is never told to a buyer); a
chat's admin typing `已收 1-1` in the group is named by his name there, never as the organiser."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import fake_chat


async def test_a_console_admins_paid_names_the_admin_to_the_buyer(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("work", "amy", "Avocado", target=1)
        await world.say("kim", "kim", "/lang zh", private=True)  # her order speaks Chinese (session 35:
        await world.say("work", "kim", "跟团")  # her private `/lang`, never the words she typed)
        await world.say("work", "lee", "+1")
        await world.say("work", "amy", "/close")
        dan = await world.admin("dan")
        since = len(await world.outbox_rows())
        for seq in (1, 2):
            assert (await post_form(dan, "/orders/paid", {"order": f"{gid}-{seq}"})).status_code == 303
        told = {}
        for row in (await world.outbox_rows())[since:]:
            reply = json.loads(row["payload"])["reply"]
            if reply.get("private_to") in ("kim", "lee"):
                told[reply["private_to"]] = reply["text"]
        zh = f"管理员 已确认收到你订单 #{gid}-1（Avocado）的付款 ¥10，谢谢！"
        assert told["kim"].startswith(zh), told
        assert told["lee"].startswith(
            f"An admin confirmed your payment of ¥10 for order #{gid}-2 (Avocado)."
        ), told


async def test_a_chat_admins_paid_names_him_not_the_organiser() -> None:
    room = fake_chat()
    room.admins.add("dan")
    await room.say("amy", "/groupbuy Mangoes price 88")
    await room.say("bob", "/lang zh", private=True)  # session 35: his private `/lang`, not his words
    await room.say("bob", "跟团")
    await room.say("cat", "+1")
    await room.say("amy", "/close")
    told = room.private(await room.say("dan", "已收 1-1 1-2"))
    assert told["bob"].startswith("Dan 已确认收到你订单 #1-1（Mangoes）的付款 ¥88，谢谢！"), told
    assert told["cat"].startswith("Dan confirmed your payment of ¥88 for order #1-2 (Mangoes)."), told

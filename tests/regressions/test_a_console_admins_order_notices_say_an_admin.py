"""Session 24: dan, a console admin, undid a payment (撤销已收), marked an order picked up (已取, and
checked a pickup code: 核销) and refunded one, and each buyer read it as the organiser's doing ("Amy
marked your order #7-1 … as not paid yet", "Amy 已确认你的订单 #7-2…已提货"), while a payment he confirmed
already said `管理员 已确认…` / "An admin confirmed…". Each of these notices now says an admin did it,
never the console login; whom to talk to about the money is still the organiser."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form


async def _told(world: ConsoleWorld, since: int) -> dict[str, list[str]]:
    """What each buyer was told privately since `since`."""
    told: dict[str, list[str]] = {}
    for row in (await world.outbox_rows())[since:]:
        reply = json.loads(row["payload"])["reply"]
        if reply.get("private_to") in ("kim", "lee") and reply.get("text"):
            told.setdefault(reply["private_to"], []).append(reply["text"])
    return told


async def test_a_console_admins_unpaid_picked_up_and_refund_say_an_admin(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("work", "amy", "Avocado", target=1)
        await world.say("kim", "kim", "/lang zh", private=True)  # her notices speak Chinese (session 35:
        await world.say("work", "kim", "跟团")  # her private `/lang`, never the words she typed)
        await world.say("work", "lee", "+1")
        await world.say("work", "amy", "/close")
        await world.say("work", "amy", f"/paid {gid}-1 {gid}-2")
        dan = await world.admin("dan")

        since = len(await world.outbox_rows())
        for seq in (1, 2):
            assert (await post_form(dan, "/orders/unpaid", {"order": f"{gid}-{seq}"})).status_code == 303
        told = await _told(world, since)
        assert told["kim"] == [
            f"管理员 把你的订单 #{gid}-1（Avocado，¥10）改回了未付款：之前标记已收是误操作。"
            "还没付的话请付款；已经付过的话，请直接联系 Amy。"
        ], told
        assert told["lee"] == [
            f"An admin marked your order #{gid}-2 (Avocado, ¥10) as not paid yet: it was marked paid by "
            "mistake. If you have not paid, please pay; if you have, please talk to Amy."
        ], told

        await world.say("work", "amy", f"/paid {gid}-1 {gid}-2")
        since = len(await world.outbox_rows())
        for seq in (1, 2):
            assert (await post_form(dan, "/orders/picked-up", {"order": f"{gid}-{seq}"})).status_code == 303
        told = await _told(world, since)
        assert told["kim"] == [f"管理员 已确认你的订单 #{gid}-1（Avocado）已提货，祝你吃得开心！"], told
        assert told["lee"] == [f"An admin marked your order #{gid}-2 (Avocado) as picked up. Enjoy!"], told

        since = len(await world.outbox_rows())
        for seq in (1, 2):
            refunded = await post_form(dan, "/orders/refund", {"order": f"{gid}-{seq}", "confirm": "yes"})
            assert refunded.status_code == 303
        told = await _told(world, since)
        assert told["kim"] == [f"管理员 已为你的订单 #{gid}-1（Avocado）退款：Amy 会直接退给你 ¥10。"], told
        assert told["lee"] == [
            f"An admin refunded your order #{gid}-2 (Avocado): Amy gives ¥10 back to you."
        ], told
        said = [text for texts in told.values() for text in texts]
        assert not [text for text in said if "dan" in text.casefold()], said


async def test_the_organisers_own_notices_still_name_her(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("work", "amy", "Avocado", target=1)
        await world.say("kim", "kim", "/lang zh", private=True)  # her notices speak Chinese
        await world.say("work", "kim", "跟团")
        await world.say("work", "lee", "+1")
        await world.say("work", "amy", "/close")
        await world.say("work", "amy", f"/paid {gid}-1 {gid}-2")
        since = len(await world.outbox_rows())
        await world.say("work", "amy", f"/unpaid {gid}-1")
        await world.say("work", "amy", f"/refund {gid}-2")
        told = await _told(world, since)
        assert told["kim"][0].startswith(f"Amy 把你的订单 #{gid}-1（Avocado，¥10）改回了未付款"), told
        assert told["lee"] == [f"Order #{gid}-2 (Avocado) was refunded: Amy gives ¥10 back to you."], told

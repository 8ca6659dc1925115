"""Review: a pickup code checked from the console's `/pickup` page in a Chinese browser made the English
group `work` hear Chinese ("✅ 取货码 5080：Kim 的订单 #5-2 …"), and `POST /api/v1/pickup-codes/…/verify`
with no Accept-Language did too. The chat now hears its own language (as Mark paid and Refund already
did); the page and the API's `message` speak the admin's. (Review 42: the group now hears none of the
instruction, which holds the code: test_a_console_pickup_check_keeps_the_code_out_of_the_group.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.unit.bot.console.api_client import api, order_id, pickup_code, token_for
from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

CJK = re.compile(r"[\u4e00-\u9fff]")


async def _work(world: ConsoleWorld) -> int:
    """The English group `work`: Amy's Avocado, Kim's order #gid-1 and Lee's #gid-2 paid."""
    await world.say("work", "amy", "/lang en")
    gid = await world.open_group_buy("work", "amy", "Avocado", target=1)
    await world.say("work", "kim", "+1")
    await world.say("work", "lee", "+1")
    await world.say("work", "amy", "/close")
    await world.say("work", "amy", f"/paid {gid}-1")
    await world.say("work", "amy", f"/paid {gid}-2")
    return gid


async def _group_heard(world: ConsoleWorld, since: int) -> list[str]:
    rows = (await world.outbox_rows())[since:]
    replies = [json.loads(row["payload"])["reply"] for row in rows if row["chat_id"] == "work"]
    return [r["text"] for r in replies if r.get("text") and not r.get("card_of") and not r.get("private_to")]


async def test_a_pickup_check_from_a_chinese_console_is_told_in_english_to_the_english_group(
    tmp_path: Path,
) -> None:
    async with console_world(tmp_path) as world:
        gid = await _work(world)
        code = await pickup_code(world, await order_id(world, gid, 1))
        root = await world.admin()
        root.headers["accept-language"] = "zh-CN"
        since = len(await world.outbox_rows())

        page = await post_form(root, "/pickup", {"code": code, "group_buy": str(gid)})

        assert page.status_code == 200, page.text
        assert f"✅ 取货码 {code}：Kim 的订单 #{gid}-1" in page.text  # the admin reads their own language
        assert await _group_heard(world, since) == []  # the instruction is the page's alone


async def test_an_api_pickup_check_is_told_in_the_groups_language_and_answered_in_the_callers(
    tmp_path: Path,
) -> None:
    async with console_world(tmp_path) as world:
        gid = await _work(world)
        await world.add_admin()
        client = api(world, await token_for(world, admin="root"))
        for seq, accept in ((1, None), (2, "zh-CN")):
            code = await pickup_code(world, await order_id(world, gid, seq))
            if accept:
                client.headers["accept-language"] = accept
            since = len(await world.outbox_rows())

            answer = await client.post(f"/api/v1/pickup-codes/{code}/verify", json={"group_buy_id": gid})

            assert answer.status_code == 200, answer.text
            assert await _group_heard(world, since) == []
            message = answer.json()["message"]
            if accept:  # the caller's language
                assert message.startswith(f"✅ 取货码 {code}："), message
            else:  # none said: the chat's
                assert message.startswith(f"✅ Code {code}: order #{gid}-{seq}"), message
                assert not CJK.search(message), message

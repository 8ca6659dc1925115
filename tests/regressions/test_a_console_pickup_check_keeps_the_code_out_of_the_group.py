"""Review 42: admin dan's pickup-code check on the console (`POST /pickup code=4789 group_buy=1`) showed
"✅ 取货码 4789：Lou 的订单 #1-2 … 请按此交货" on the page and posted the same text, with the code, into
the group as well; the chat's `已取 2-7` posts only "已标记为已提货：#2-7（Ivy，¥58）". The instruction is
now the page's (and the API's `message`) alone: the group gets no text, only its card ticked; the buyer
is still told privately."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.bot.console.api_client import api, order_id, pickup_code, token_for
from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form


async def _paid(world: ConsoleWorld, lang: str) -> int:
    await world.say("qun", "amy", f"/lang {lang}")
    gid = await world.open_group_buy("qun", "amy", "Peaches", target=1)
    await world.say("qun", "lou", "+1")
    await world.say("qun", "ivy", "+1")
    await world.say("qun", "amy", "/close")
    await world.say("qun", "amy", f"/paid {gid}-1")
    await world.say("qun", "amy", f"/paid {gid}-2")
    return gid


async def _sent(world: ConsoleWorld, since: int) -> list[dict[str, object]]:
    return [json.loads(row["payload"])["reply"] for row in (await world.outbox_rows())[since:]]


@pytest.mark.parametrize(
    ("lang", "shown"), [("zh", "✅ 取货码 {code}：Lou 的订单"), ("en", "✅ Code {code}: order")]
)
async def test_the_pickup_page_and_api_keep_the_instruction_out_of_the_group(
    tmp_path: Path, lang: str, shown: str
) -> None:
    async with console_world(tmp_path) as world:
        gid = await _paid(world, lang)
        root = await world.admin()
        root.cookies.set("lang", lang)
        code = await pickup_code(world, await order_id(world, gid, 1))
        since = len(await world.outbox_rows())
        page = await post_form(root, "/pickup", {"code": code, "group_buy": str(gid)})
        assert page.status_code == 200 and shown.format(code=code) in page.text
        sent = await _sent(world, since)
        group = [r for r in sent if not r.get("private_to") and not r.get("card_of")]
        assert group == [], group  # no text in the group, the code least of all
        assert any(r.get("card_of") == gid for r in sent)  # its card ticks the line
        assert any(r.get("private_to") == "lou" for r in sent)  # Lou is told privately
        assert not any(code in str(r.get("text", "")) for r in sent if r.get("private_to") != "lou")

        client = api(world, await token_for(world, admin="root"))
        code = await pickup_code(world, await order_id(world, gid, 2))
        since = len(await world.outbox_rows())
        answer = await client.post(f"/api/v1/pickup-codes/{code}/verify", json={"group_buy_id": gid})
        assert answer.status_code == 200 and code in answer.json()["message"]
        sent = await _sent(world, since)
        assert [r for r in sent if not r.get("private_to") and not r.get("card_of")] == []
        assert any(r.get("private_to") == "ivy" for r in sent)

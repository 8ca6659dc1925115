"""Session 30: a pickup marked in the chat (已取, 核销) tells the sharer privately that her held commission
on that order is now hers to withdraw; marked in the admin console (Picked up on the orders page, the
pickup page's 核销) or through the API's verify, it freed the commission and told her nothing. Each now
tells her as the chat does, one message per order freed, through the outbox; in Chinese and English."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest

from tests.unit.bot.console.api_client import api, order_id, pickup_code, token_for
from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")
SAID = {
    "zh": ("接龙 芒果 价格 100", "佣金 10%", "分享", "截单", "已收 1-1 1-2"),
    "en": ("/groupbuy Mangoes price 100", "/commission 10%", "/share", "/close", "/paid 1-1 1-2"),
}
FREED = {
    "zh": "{buyer} 已提货（芒果 订单 #1-{n}）：这单给你的 ¥10 佣金现在可提现了，发“提现”申请。",
    "en": "{buyer} picked up order #1-{n} of Mangoes: your ¥10 commission on it is now yours to withdraw: "
    "/withdraw",
}


async def _private(world: ConsoleWorld, since: int) -> dict[str, list[str]]:
    """The private texts the outbox got after row `since`, by whom they go to."""
    told: dict[str, list[str]] = {}
    for row in (await world.outbox_rows())[since:]:
        reply = json.loads(row["payload"])["reply"]
        if reply.get("private_to") and reply.get("text"):
            told.setdefault(reply["private_to"], []).append(reply["text"])
    return told


async def _shared_and_paid(world: ConsoleWorld, lang: str) -> None:
    """Amy's Mangoes (¥100, sharers earn 10%): Dan (#1-1) and Eve (#1-2) join with Bob's code; closed and
    paid in the chat: Bob's ¥10 on each is held until its pickup."""
    opening, rate, share, close, paid = SAID[lang]
    for member in ("amy", "bob", "dan", "eve"):
        await world.say(member, member, f"/lang {lang}", private=True)
    await world.say("family", "amy", opening)
    await world.say("family", "amy", rate)
    shared = "\n".join(r.text for r in await world.say("family", "bob", share))
    code = CODE.search(shared)
    assert code is not None, shared
    await world.say("family", "dan", f"+1 {code.group(0)}")
    await world.say("family", "eve", f"+1 {code.group(0)}")
    await world.say("family", "amy", close)
    await world.say("family", "amy", paid)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_picked_up_on_the_consoles_orders_page_tells_the_sharer(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await _shared_and_paid(world, lang)
        amy = await world.member("amy")
        since = len(await world.outbox_rows())

        ticked = {"pick_1-1": "on", "pick_1-2": "on"}
        assert (await post_form(amy, "/orders/picked-up", ticked)).status_code == 303

        told = await _private(world, since)
        assert told["bob"] == [FREED[lang].format(buyer="Dan", n=1), FREED[lang].format(buyer="Eve", n=2)]

        since = len(await world.outbox_rows())  # picked up already: nothing freed, nobody told again
        await post_form(amy, "/orders/picked-up", {"order": "1-1"})
        assert "bob" not in await _private(world, since)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_pickup_code_checked_on_the_console_or_the_api_tells_the_sharer(
    tmp_path: Path, lang: str
) -> None:
    async with console_world(tmp_path) as world:
        await _shared_and_paid(world, lang)
        amy = await world.member("amy")
        dans, eves = await order_id(world, 1, 1), await order_id(world, 1, 2)

        since = len(await world.outbox_rows())
        response = await post_form(amy, "/pickup", {"code": await pickup_code(world, dans)})
        assert response.status_code in (200, 303), response.text
        assert (await _private(world, since))["bob"] == [FREED[lang].format(buyer="Dan", n=1)]

        client: httpx.AsyncClient = api(world, await token_for(world, member="playground:amy"))
        since = len(await world.outbox_rows())
        code = await pickup_code(world, eves)
        response = await client.post(f"/api/v1/pickup-codes/{code}/verify")
        assert response.status_code == 200, response.text
        assert (await _private(world, since))["bob"] == [FREED[lang].format(buyer="Eve", n=2)]

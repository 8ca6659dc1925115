"""Session 30: an order marked paid in the chat (已收) tells the sharer privately what she earned on it and
why it is held; marked paid in the admin console (Mark paid on the orders page) or through the API, it
credited her and told her nothing, though the README said the console tells her. Both now tell her as the
chat does, through the outbox, in Chinese and English."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.regressions.test_a_pickup_marked_in_the_console_tells_the_sharer_her_commission_is_free import (
    CODE,
    SAID,
    _private,
)
from tests.unit.bot.console.api_client import api, order_id, token_for
from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

EARNED = {
    "zh": "{buyer} 付款了：你赚了 ¥10 佣金（芒果 订单 #1-{n}），待入账：{buyer} 提货后即可提现，最晚 ",
    "en": "{buyer} paid: you earned ¥10 commission on order #1-{n} of Mangoes. It is held until {buyer} "
    "picks it up, or ",
}


async def _shared_and_closed(world: ConsoleWorld, lang: str) -> None:
    """Amy's Mangoes (¥100, sharers earn 10%): Dan (#1-1) and Eve (#1-2) join with Bob's code; closed."""
    opening, rate, share, close, _ = SAID[lang]
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


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_payment_marked_in_the_console_or_the_api_tells_the_sharer(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await _shared_and_closed(world, lang)
        amy = await world.member("amy")

        since = len(await world.outbox_rows())
        assert (await post_form(amy, "/orders/paid", {"order": "1-1"})).status_code == 303
        [told] = (await _private(world, since))["bob"]
        assert told.startswith(EARNED[lang].format(buyer="Dan", n=1)), told

        client = api(world, await token_for(world, member="playground:amy"))
        since = len(await world.outbox_rows())
        response = await client.post(f"/api/v1/orders/{await order_id(world, 1, 2)}/paid")
        assert response.status_code == 200, response.text
        [told] = (await _private(world, since))["bob"]
        assert told.startswith(EARNED[lang].format(buyer="Eve", n=2)), told

        since = len(await world.outbox_rows())  # paid already: nothing credited, nobody told again
        await post_form(amy, "/orders/paid", {"order": "1-1"})
        assert "bob" not in await _private(world, since)

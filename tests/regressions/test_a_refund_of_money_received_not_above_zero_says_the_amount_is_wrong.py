"""Review 98 #9: the console's refund page of Cat's unpaid #1-2 (¥40 recorded received), Amount `-5` or
`¥0`, answered `…最多退 ¥40，没有任何改动。退款金额最多填 ¥40…`: a maximum, when the amount was not above 0.
The field now says the amount must be above 0 (what was typed, and at most ¥40); nothing changed."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

SAID = {
    "zh": "退款金额要大于 0，“{typed}”不行：请填要退的金额，最多 ¥40，不填就全部退掉。没有任何改动。",
    "en": "The amount to refund must be above 0, not “{typed}”: enter how much to give back, at most ¥40,"
    " or leave it blank for all of it. Nothing was changed.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("typed", ["-5", "¥0"])
async def test_an_amount_not_above_zero_is_said_so(tmp_path: Path, lang: str, typed: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "cat", "+6")
        await world.say("family", "amy", "/close")
        await world.say("amy", "amy", f"只收到 {gid}-1 40", private=True)
        root = await world.admin()
        root.cookies.set("lang", lang)
        form = {f"pick_{gid}-1": "on", "confirm": "yes", "amount": typed}

        page = await post_form(root, "/orders/refund", form)

        assert page.status_code == 422
        error = re.search(r'<p id="amount-error" class="field-error">(.*?)</p>', page.text, re.S)
        assert error is not None
        assert html.unescape(error.group(1)) == SAID[lang].format(typed=typed)
        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(gid)
        assert order.received_amount == 4000

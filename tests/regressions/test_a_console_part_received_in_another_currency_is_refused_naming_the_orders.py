"""The console's 只收到 ("Only this received") on `/orders` read the amount typed in the order's own money
whatever currency it named: `$10` on a ¥30 order flashed `已记下 #3-3 只收到 ¥10…已告诉买家补齐。`, and
`¥5`, `5元`, `$5`, `RMB 5` on a €24 order each recorded €5 and told the buyer, while the chat and the
console's own Refund form refuse such an amount. Now it is refused with one message naming the order's
currency: nothing recorded, nobody told, nothing audited. The order's own money (`€5`, `5`) still records."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

REFUSED = {
    "zh": "#{n} 没有记下：“{typed}”不是 {symbol}：订单 #{n} 按 {symbol}（{currency}）计。"
    "请按 {symbol} 写收到的金额，例如 {example}。没有任何改动。",
    "en": "Nothing recorded for #{n}: “{typed}” is not in {symbol}: the order is in {symbol} ({currency}). "
    "Type the amount received in {symbol}, e.g. {example}. Nothing was changed.",
}


def flash_of(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_amount_in_another_currency_records_nothing(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        yuan = await world.open_group_buy("family", "amy", "Mangoes", target=1)  # ¥10 each
        await world.say("family", "bob", f"+3 #{yuan}")  # ¥30
        await world.say("family", "amy", f"/close #{yuan}")
        replies = await world.say("family", "amy", "/groupbuy Cheese price €12 target 1")
        euro = int(next(r.card_of for r in replies if r.card_of))
        await world.say("family", "cat", f"+2 #{euro}")  # €24
        await world.say("family", "amy", f"/close #{euro}")
        root = await world.admin()
        root.cookies.set("lang", lang)
        since = len(await world.outbox_rows())
        cases = [(f"{yuan}-1", "$10", "¥", "CNY", "¥15")]
        cases += [(f"{euro}-1", typed, "€", "EUR", "€12") for typed in ("¥5", "5元", "$5", "RMB 5")]
        for number, typed, symbol, currency, example in cases:
            answer = await post_form(root, "/orders/paid", {"part": number, f"part_{number}": typed})
            assert answer.status_code == 303
            flashed = flash_of((await root.get("/orders")).text)
            said = dict(n=number, typed=typed, symbol=symbol, currency=currency, example=example)
            assert flashed == REFUSED[lang].format(**said), typed
        async with world.app.uow_factory() as uow:
            orders = [*await uow.orders.for_group_buy(yuan), *await uow.orders.for_group_buy(euro)]
        assert [(o.status.value, o.received_amount) for o in orders] == [("pending_payment", 0)] * 2
        assert len(await world.outbox_rows()) == since and await world.audit_rows() == []

        for typed in ("€5", "5"):  # the order's own money: recorded
            number = f"{euro}-1"
            answer = await post_form(root, "/orders/paid", {"part": number, f"part_{number}": typed})
            assert answer.status_code == 303
        async with world.app.uow_factory() as uow:
            [cheese] = await uow.orders.for_group_buy(euro)
        assert (cheese.status.value, cheese.received_amount) == ("pending_payment", 1000)

"""s35 #5: the console's refund page listed a part-refunded order as `¥20（已退 ¥5）` with its Amount
label saying `这单还可退 ¥15` beside it: the total read as if still due, the figures said in two places.
Now its line says each once, `¥20 · 已退 ¥5 · 可退 ¥15`, and the Amount label no longer repeats it; an
order with nothing refunded yet reads as before."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

LINE = {"zh": "Bob，¥20 · 已退 ¥5 · 可退 ¥15", "en": "Bob, ¥20 · ¥5 refunded · ¥15 left to refund"}
LABEL = {
    "zh": "退款金额（可不填：不填就把可退的都退掉）",
    "en": "Amount (optional: empty refunds all that is left)",
}
BEFORE = {
    "zh": ("Bob，¥20</li>", "退款金额（可不填：不填就整单退；这单还可退 ¥20）"),
    "en": ("Bob, ¥20</li>", "Amount (optional: empty refunds the whole order; ¥20 left to refund)"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_refund_page_says_total_refunded_and_left_once(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+2 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("family", "amy", f"/paid {gid}-1")
        client = await world.admin()
        client.cookies.set("lang", lang)
        order = f"{gid}-1"

        form = html.unescape((await post_form(client, "/orders/refund", {"order": order})).text)
        line, label = BEFORE[lang]
        assert line in form and label in form, form

        await post_form(client, "/orders/refund", {"order": order, "confirm": "yes", "amount": "5"})
        form = html.unescape((await post_form(client, "/orders/refund", {"order": order})).text)
        assert LINE[lang] in form, form
        assert LABEL[lang] in form
        assert "（已退" not in form and "(¥5 refunded)" not in form
        assert form.count("¥15") == 1  # what is left, said once

"""rep70 #10: on the console's edit form, price `-5` answered "“-5”不是有效的价格：请写成 88、88.5 或 ¥88。",
the only field error not saying "没有任何改动" as the others (an emptied field, a stock below what is
taken) do. Each price mistake now says it, in the page's language, and nothing is changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form

SAID = {
    ("zh", "-5"): "“-5”不是有效的价格，没有任何改动：请写成 88、88.5 或 ¥88。",
    ("zh", "0"): "价格必须大于 0（你写的是“0”），没有任何改动。例如 88。",
    ("zh", "1.234"): "“1.234”的小数位太多（最多 2 位），没有任何改动。例如 88.50。",
    ("en", "-5"): "“-5” is not a price I can read; nothing was changed. Write it like 88, 88.50 or ¥88.",
    ("en", "0"): "A price must be more than zero (you wrote “0”); nothing was changed. E.g. 88.",
    ("en", "1.234"): "“1.234” has too many decimals (2 at most); nothing was changed. E.g. 88.50.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_edit_forms_price_mistakes_say_nothing_was_changed(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Pears")
        client = await world.member("amy")
        client.cookies.set("lang", lang)
        form = await form_of(client, f"/group-buys/{gid}/edit")
        before = len(await world.outbox_rows())

        for typed in ("-5", "0", "1.234"):
            response = await post_form(client, f"/group-buys/{gid}/edit", {**form, "price": typed})

            assert response.status_code == 422
            assert field_errors(response.text)["price"] == SAID[lang, typed]
        assert len(await world.outbox_rows()) == before  # nothing changed, nobody told

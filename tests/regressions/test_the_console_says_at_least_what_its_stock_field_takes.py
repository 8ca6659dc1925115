"""Session 21 (F2, replay finding 6): the console's edit form refused a stock below what is taken with
"请在“库存”一栏填至少 5斤" / "Write at least 5 jin in Stock", yet `5斤` typed in that field is refused as no
whole number; the limit's refusal said a bare `填至少 5`. Both now say the bare number the field takes
(the amount taken is still said in the group buy's unit), and that number is accepted."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, form_of, post_form


async def _stock_refusal_then_the_advice_followed(tmp_path: Path, opening: str, lang: str) -> tuple[str, int]:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", opening)
        gid = next(int(r.card_of) for r in replies if r.card_of)
        await world.say("family", "bob", "+5")
        client = await world.member("amy")
        client.cookies.set("lang", lang)
        form = await form_of(client, f"/group-buys/{gid}/edit")
        page = await post_form(client, f"/group-buys/{gid}/edit", {**form, "stock": "2"})
        assert page.status_code == 422
        found = re.search(r'<p id="stock-error" class="field-error">([^<]*)</p>', page.text)
        assert found is not None, page.text
        followed = await post_form(client, f"/group-buys/{gid}/edit", {**form, "stock": "5"})
        return html.unescape(found.group(1)), followed.status_code


async def test_zh_says_a_bare_number_and_takes_it(tmp_path: Path) -> None:
    said, status = await _stock_refusal_then_the_advice_followed(
        tmp_path, "接龙 荔枝 价格 15/斤 成团 3", "zh"
    )
    assert said.startswith("库存不能少于已经接龙的 5斤（你填的是 2），没有任何改动。"), said
    assert "请在“库存”一栏填至少 5；" in said, said
    assert status == 303


async def test_en_says_a_bare_number_and_takes_it(tmp_path: Path) -> None:
    said, status = await _stock_refusal_then_the_advice_followed(
        tmp_path, "/groupbuy Lychees price 15/jin target 3", "en"
    )
    assert said.startswith(
        "Stock can't go below the 5 jin already taken (you wrote 2): nothing was changed."
    ), said
    assert "Write at least 5 in Stock;" in said, said
    assert status == 303

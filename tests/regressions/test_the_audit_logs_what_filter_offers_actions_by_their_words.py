"""Task s26 C3: the audit log's What filter was a text box taking the raw codes (`order.refund`), and a
value it did not know listed nothing, as if nothing had happened. It is now a select of the actions the log
writes, by their words in the console's language (退款 / Order refunded; each row's action said so too, its
code in the tooltip), and a value it does not know (an old or hand-made link) is answered beside the field
with one clear message, 422, nothing listed."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from commerce.domain.console import AUDIT_ACTIONS
from tests.unit.bot.console.console_client import console_world, post_form

SAID = {
    "zh": {
        "all": "全部操作",
        "close": "截单",
        "cancel": "取消团购",
        "bad": "“order_refunded”不是审计日志里的操作，所以没有列出记录。请在“操作”里选一项。",  # rep82 #12
        "none": "没有符合条件的记录。",
    },
    "en": {
        "all": "All actions",
        "close": "Group buy closed",
        "cancel": "Group buy called off",
        # rep82 #12: "nothing was filtered" read as "everything is shown", while nothing is listed
        "bad": "“order_refunded” is not an action the audit log knows, so no change is listed. "
        "Pick one under What.",
        "none": "No changes match.",
    },
}


def _options(page: str) -> dict[str, str]:
    found = re.findall(r'<option value="([^"]*)"(?: selected)?>([^<]*)</option>', page)
    return {code: html.unescape(words) for code, words in found}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_what_filter_offers_each_action_by_its_words(tmp_path: Path, lang: str) -> None:
    said = SAID[lang]
    async with console_world(tmp_path) as world:
        first = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", "+1")
        second = await world.open_group_buy("work", "dan", "Plums", target=1)
        root = await world.admin()
        root.cookies.set("lang", lang)
        assert (await post_form(root, f"/group-buys/{first}/close")).status_code == 303
        form = {"confirm": "yes", "reason": ""}
        assert (await post_form(root, f"/group-buys/{second}/cancel", form)).status_code == 303

        page = (await root.get("/audit")).text
        offered = _options(page)
        assert list(offered) == ["", *AUDIT_ACTIONS]  # every action the log writes, none raw
        assert offered[""] == said["all"] and offered["group_buy.close"] == said["close"]
        assert all(
            words and words != code and not words.startswith("console_")
            for code, words in offered.items()
            if code
        )
        assert f'<span title="group_buy.cancel">{said["cancel"]}</span>' in page

        closes = await root.get("/audit", params={"what": "group_buy.close"})
        assert closes.status_code == 200
        rows = closes.text.split("<tbody>")[1]
        assert f"group_buy:{first}" in rows and f"group_buy:{second}" not in rows
        assert '<option value="group_buy.close" selected>' in closes.text


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_unknown_action_is_said_beside_the_field(tmp_path: Path, lang: str) -> None:
    said = SAID[lang]
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", "+1")
        root = await world.admin()
        root.cookies.set("lang", lang)
        assert (await post_form(root, f"/group-buys/{gid}/close")).status_code == 303

        page = await root.get("/audit", params={"what": "order_refunded"})

        assert page.status_code == 422
        text = html.unescape(page.text)
        assert text.count(said["bad"]) == 1
        assert "<tbody>" not in page.text and said["none"] not in text  # nothing listed, not "none match"
        long = await root.get("/audit", params={"what": "x" * 300})
        assert long.status_code == 422 and "x" * 41 not in long.text

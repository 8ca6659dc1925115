"""Review 101 #6: `/audit?since=abc` answered 422 with "日期格式不对" beside the field and, under it, every
row of the log unfiltered: an admin who mistyped the start date read the whole log as the filtered one.
Now an unreadable date lists nothing and says so, as an unknown action or reversed dates do."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

SAID = {
    "zh": "“{typed}”不是日期，所以没有列出记录：请写成 2026-12-01。",
    "en": "“{typed}” is not a date, so no change is listed: write it as 2026-12-01.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_mistyped_date_lists_no_change(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        await world.say("family", "sam", "/note sweet plums, big")
        admin = await world.admin()
        admin.cookies.set("lang", lang)
        hidden = await post_form(admin, "/moderation/hide", {"note": "1", "why": "ads"})
        assert hidden.status_code == 303
        whole = await admin.get("/audit")
        assert whole.status_code == 200 and "<tbody>" in whole.text  # the hide, listed unfiltered

        for field, typed in (("since", "abc"), ("until", "abc"), ("since", "99999-01-01")):
            page = await admin.get("/audit", params={field: typed})
            assert page.status_code == 422
            text = html.unescape(page.text)
            assert SAID[lang].format(typed=typed) in text
            assert "<tbody>" not in page.text  # no row listed

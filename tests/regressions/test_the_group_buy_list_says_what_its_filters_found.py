"""Review 72 #3: `/group-buys?q=<script>` matching no title said "No group buys yet." as if the shop had
none, and `/group-buys?status=xx` was ignored without a word, listing everything (/orders refuses the same
mistake with 422). Now a search matching nothing says so, the search escaped, and a status that is none
is said beside its field, 422, nothing listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

NONE_MATCHING = {
    "zh": "没有符合条件的团购：没有标题或编号含“&lt;script&gt;”的团购。",
    "en": "No group buy matches: none has “&lt;script&gt;” in its title or number.",
}
BAD_STATUS = {
    "zh": "没有“xx”这个状态：请从列表里选一个（或选“全部”）。没有列出任何团购。",
    "en": "There is no status “xx”: pick one from the list (or All). No group buys were listed.",
}
NONE_YET = {"zh": "还没有团购。", "en": "No group buys yet."}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_search_matching_nothing_and_a_status_that_is_none_are_said(
    tmp_path: Path, lang: str
) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Mangoes")
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)

        searched = await amy.get("/group-buys", params={"q": "<script>"})
        assert searched.status_code == 200
        assert NONE_MATCHING[lang] in searched.text
        assert NONE_YET[lang] not in searched.text
        assert "<script>" not in searched.text

        bad = await amy.get("/group-buys", params={"status": "xx"})
        assert bad.status_code == 422
        assert BAD_STATUS[lang] in bad.text
        assert "Mangoes" not in bad.text

        assert "Mangoes" in (await amy.get("/group-buys", params={"status": "open"})).text
        none_closed = await amy.get("/group-buys", params={"status": "cancelled"})
        assert NONE_YET[lang] not in none_closed.text
        assert ("没有符合条件的团购" if lang == "zh" else "No group buy matches") in none_closed.text

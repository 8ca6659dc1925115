"""Review 57 #7, #8: an admin (who sees every chat) read "There is no group buy #99 among yours" /
"你的团购里没有 #99" on Orders, and moderation's `abc`, `-1`, `999` were all "你的群里没有这条笔记" (`abc`
not even a number, and no "nothing changed"); a member search with no match said "还没有成员。" ("no
members yet"). An admin is told there is no such group buy or note (`abc`: not a number), with nothing
changed; a search says no member matches what was typed. An organiser is still told "among yours"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, field_errors, post_form

SAID = {
    "zh": {
        "gb": "没有团购 #99：请从列表里选一个团购（或选“全部”）。没有列出任何订单。",
        "abc": "「abc」不是笔记编号：请写编号，比如 12。没有任何改动。",
        "-1": "「-1」不是笔记编号：请写编号，比如 12。没有任何改动。",
        "999": "没有笔记 #999：请写笔记的编号，比如 12。没有任何改动。",
        "nobody": "没有名字或 ID 包含「nobody」的成员。",
    },
    "en": {
        "gb": "There is no group buy #99: pick one from the list (or All). No orders were listed.",
        "abc": "“abc” is not a note number: write its number, such as 12. Nothing was changed.",
        "-1": "“-1” is not a note number: write its number, such as 12. Nothing was changed.",
        "999": "There is no note #999: write the number of a note, such as 12. Nothing was changed.",
        "nobody": "No member matches “nobody”.",
    },
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_admins_are_not_told_among_yours(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Mangoes", target=1)
        root = await world.admin()
        root.cookies.set("lang", lang)
        page = await root.get("/orders?group_buy=99")
        assert page.status_code == 422 and field_errors(page.text) == {"group_buy": SAID[lang]["gb"]}
        for typed in ("abc", "-1", "999"):
            hid = await post_form(root, "/moderation/hide", {"note": typed, "why": ""})
            assert hid.status_code == 422, typed
            assert f'id="note-error" class="field-error">{SAID[lang][typed]}</p>' in hid.text
        members = await root.get("/members?q=nobody")
        assert members.status_code == 200 and f"<p>{SAID[lang]['nobody']}</p>" in members.text
        assert await world.audit_rows() == []

        amy = await world.member("amy")  # an organiser: "among yours", as before
        amy.cookies.set("lang", lang)
        hers = await amy.get("/orders?group_buy=99")
        assert "#99" in field_errors(hers.text)["group_buy"]
        assert ("你的团购里没有" if lang == "zh" else "among yours") in field_errors(hers.text)["group_buy"]

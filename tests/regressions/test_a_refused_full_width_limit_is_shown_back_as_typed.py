"""Review 98 (smaller things): the edit form's `每人限购 ０` (a Chinese keyboard's full-width zero) was
refused beside its field, as it should be, but shown back as `0`: the value typed not kept as typed. A refused
form now shows every number field as it was typed (`－１`, `１２`), read as plain digits all the same (a
limit of `０` is no limit since session 42, so the refused value here is a full-width `－１`)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form

SAID = {
    "zh": "（你填的是 -1）",
    "en": "(you wrote -1)",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_refused_full_width_limit_is_shown_back_as_typed(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Rice", target=2)
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        form = await form_of(amy, f"/group-buys/{gid}/edit")
        refused = await post_form(amy, f"/group-buys/{gid}/edit", {**form, "limit": "－１", "stock": "１２"})
        assert refused.status_code == 422
        assert SAID[lang] in field_errors(refused.text)["limit"]
        shown = dict(re.findall(r'<input id="(limit|stock)" name="\1" value="([^"]*)"', refused.text))
        typed = {name: html.unescape(value) for name, value in shown.items()}
        assert typed == {"limit": "－１", "stock": "１２"}

"""Review 36, finding 14: hiding Sam's second note from the console's /moderation said only "笔记 #13
已隐藏；群里的卡片已注明，作者已收到原因。", while the chat's `隐藏` of a member's second note tells the admin
how to mute them (README). The console's hide now says it too, pointing at the Members page's button;
not after the first hide, nor once the member is muted."""

from __future__ import annotations

import html
from pathlib import Path

import httpx
import pytest

from tests.unit.bot.console.console_client import console_world, post_form

CASES = {
    "zh": (
        ("接龙 芒果 价格 88", "种草 芒果很甜，个头大", "种草 朋友都说好吃，果肉细腻"),
        "笔记 #{n} 已隐藏；群里的卡片已注明，作者已收到原因。",
        "Sam 在这个群已有 2 条笔记被隐藏：要让 TA 不能再在那里发笔记，打开“成员”里的 Sam，"
        "在这个群那一行点“禁止发笔记”。",
    ),
    "en": (
        ("/groupbuy Mangoes price 88", "/note sweet mangoes, big", "/note my friends loved them"),
        "Note #{n} is hidden; the chat's card says so and its author was told why.",
        "Sam has had 2 notes hidden in this chat: to stop them posting notes there, open Sam under Members "
        "and press “Stop posting notes” on this chat's row.",
    ),
}


async def _hide(admin: httpx.AsyncClient, note: int) -> str:
    response = await post_form(admin, "/moderation/hide", {"note": str(note), "why": "ads"})
    assert response.status_code == 303
    return html.unescape((await admin.get("/moderation")).text)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_second_hide_tells_the_admin_how_to_mute(tmp_path: Path, lang: str) -> None:
    (start, first, second), done, hint = CASES[lang]
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", start)
        await world.say("family", "sam", first)
        await world.say("family", "sam", second)
        await world.say("family", "sam", f"{first} again today, 3 boxes")
        admin = await world.admin()
        admin.cookies.set("lang", lang)

        page = await _hide(admin, 1)
        assert done.format(n=1) in page and hint not in page

        page = await _hide(admin, 2)
        assert f"{done.format(n=2)} {hint}" in page

        muted = await post_form(admin, "/members/playground:sam/mute", {"chat": "family", "why": "ads"})
        assert muted.status_code == 303
        page = await _hide(admin, 3)
        assert done.format(n=3) in page and hint.replace("2", "3") not in page

"""Task s26 C4: the API tokens page's forms (create, revoke) were said to carry no once-token (CSRF) while
the console's other forms do. They carry it, and a form posted without this session's token (missing, or
a stale page's from before a new login) is refused as every other console form is: 403, the same clear
page (`console_csrf_refused`), in the page's language, and nothing made, revoked or audited."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.api_client import api
from tests.unit.bot.console.console_client import ConsoleWorld, console_world, csrf_of, post_form

REFUSED = {
    "zh": "表单已过期或不是来自本后台，没有做任何更改。请返回、刷新页面后再提交。",
    "en": "This form has expired or did not come from this console, so nothing was changed. "
    "Go back, reload the page and send it again.",
}
NEW_TOKEN = re.compile(r'id="new-token">(tuan_[A-Za-z0-9_\-]+)<')
REVOKE = re.compile(r'action="/tokens/(\d+)/revoke"')


async def _tokens_made(world: ConsoleWorld) -> int:
    return sum(row["action"] == "api_token.create" for row in await world.audit_rows())


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_token_form_without_this_sessions_once_token_changes_nothing(
    tmp_path: Path, lang: str
) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Rice price 60")
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        page = (await amy.get("/tokens")).text
        # both forms carry it, as the console's other forms do
        assert page.count('name="csrf"') >= 2

        for sent in ({"label": "sheet"}, {"label": "sheet", "csrf": "stale-page-token"}):
            refused = await amy.post("/tokens", data=sent)
            assert refused.status_code == 403
            assert REFUSED[lang] in html.unescape(refused.text)
        assert await _tokens_made(world) == 0
        assert 'id="new-token"' not in (await amy.get("/tokens")).text

        made = await post_form(amy, "/tokens", {"label": "sheet"})
        assert made.status_code == 303
        shown = (await amy.get("/tokens")).text
        token, token_id = NEW_TOKEN.search(shown).group(1), REVOKE.search(shown).group(1)  # type: ignore[union-attr]

        stale = csrf_of(shown)
        await post_form(amy, "/logout")  # a new login: the page's token is stale now
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        for sent in ({}, {"csrf": stale}):
            refused = await amy.post(f"/tokens/{token_id}/revoke", data=sent)
            assert refused.status_code == 403
            assert REFUSED[lang] in html.unescape(refused.text)
        assert (await api(world, token).get("/api/v1/group-buys")).status_code == 200  # still works
        assert not any(row["action"] == "api_token.revoke" for row in await world.audit_rows())

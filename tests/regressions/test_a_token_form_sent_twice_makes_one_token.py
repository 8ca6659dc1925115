"""Review 42: the console's "生成令牌" form replayed with `label=dup` made two tokens "dup"; an empty
label made a token with no purpose; revoking a token twice answered "你没有这个令牌，无法撤销。" though it
was hers, revoked already. The form now carries the one-time key the other forms carry (the same form
sent twice makes one, said so), an empty label is refused by its field, and a second revoke says it was
revoked already."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, field_errors, post_form

SAID = {
    "zh": {
        "twice": "这张表单已经提交过：令牌“dup”已经生成，没有再生成一个。",
        "empty": "请写上用途，例如“进货表格”，以后好认出它、撤销它。没有生成令牌。",
        "again": "这个令牌已经撤销过了（",
    },
    "en": {
        "twice": "This form was sent already: the token “dup” was made then; no second one was made.",
        "empty": "Write what it is for, such as “stock sheet”, to know it again and revoke it later. "
        "No token was made.",
        "again": "This token was revoked already (",
    },
}
ONCE = re.compile(r'name="once" value="([\w-]+)"')
REVOKE = re.compile(r'action="/tokens/(\d+)/revoke"')


async def _made(world: ConsoleWorld) -> int:
    return sum(row["action"] == "api_token.create" for row in await world.audit_rows())


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_token_form_makes_one_token_and_says_what_was_wrong(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Rice price 60")
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        once = ONCE.search((await amy.get("/tokens")).text)
        assert once is not None
        form = {"label": "dup", "once": once.group(1)}

        assert (await post_form(amy, "/tokens", form)).status_code == 303
        assert 'id="new-token"' in (await amy.get("/tokens")).text  # shown once
        again = await post_form(amy, "/tokens", form)  # the same form sent again
        assert again.status_code == 303
        page = html.unescape((await amy.get(again.headers["location"])).text)
        assert SAID[lang]["twice"] in page and 'id="new-token"' not in page
        assert await _made(world) == 1 and page.count("<td>dup</td>") == 1

        for label in ("", "   "):
            empty = await post_form(amy, "/tokens", {"label": label, "once": "another-form"})
            assert empty.status_code == 422 and field_errors(empty.text)["label"] == SAID[lang]["empty"]
        assert await _made(world) == 1

        [token_id] = REVOKE.findall((await amy.get("/tokens")).text)
        assert (await post_form(amy, f"/tokens/{token_id}/revoke")).status_code == 303
        twice = await post_form(amy, f"/tokens/{token_id}/revoke")  # an older tab's button
        page = html.unescape((await amy.get(twice.headers["location"])).text)
        assert SAID[lang]["again"] in page and "no such token" not in page and "没有这个令牌" not in page
        assert sum(row["action"] == "api_token.revoke" for row in await world.audit_rows()) == 1

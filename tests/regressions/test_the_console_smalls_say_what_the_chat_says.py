"""Review 42, smaller findings: Lin (whose group reads Chinese) sent `/console` from the menu in private
and was answered in English, while `后台` and every other notice to her there were Chinese; the console's
立即截单 below the target said only "wait, or call it off", where the chat's `截单` offers lowering the
target first; and a ticked batch with some orders done and some not was styled as an error. Now the
link speaks her language, the close refusal offers "lower the target, then close", and a mixed batch is
a result, not an error (one where nothing was done still is)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import fake_chat

LOWER = {
    "zh": "还不能截单：目前 1/5 份。要按现在的数量成团，先点“修改”把成团数改成 1，再点“立即截单”；"
    "也可以等到截止时间，或在团购页面点“取消团购”。",
    "en": "It cannot close yet: 1 of 5 so far. To go ahead with what it has, use Change to set the Target "
    "to 1, then Close now; or wait for the deadline, or use Call off on its page to call it off.",
}
FLASH = re.compile(r'<p class="flash( error)?" role="status">([^<]*)</p>')


async def test_a_menus_console_in_private_speaks_her_groups_language() -> None:
    chat = fake_chat()
    await chat.say("lin", "接龙 土鸡蛋 价格 30")
    await chat.say("lin", "/lang zh")
    [reply] = await chat.say("lin", "/console", private=True)
    assert reply.text.startswith("你的后台登录链接（只能用一次，10 分钟内有效，请勿转发）："), reply.text


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_close_below_the_target_offers_lowering_it(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=5)
        await world.say("family", "bob", "+1")
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        sent = await post_form(amy, f"/group-buys/{gid}/close")
        page = html.unescape((await amy.get(sent.headers["location"])).text)
        assert LOWER[lang] in page, page


async def test_a_mixed_batch_is_a_result_not_an_error(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", "+1")
        await world.say("family", "cat", "+1")
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", f"/paid {gid}-1")
        amy = await world.member("amy")
        mixed = await post_form(amy, "/orders/paid", {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on"})
        [(error, said)] = FLASH.findall(html.unescape((await amy.get(mixed.headers["location"])).text))
        assert f"#{gid}-2" in said and f"#{gid}-1" in said and not error, said
        none = await post_form(amy, "/orders/paid", {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on"})
        [(error, said)] = FLASH.findall(html.unescape((await amy.get(none.headers["location"])).text))
        assert error, said  # nothing done: an error still

"""Review 99 #12: `佣金 abc` got only the rate's form (nor `abc` named, nor "nothing changed"); `帮卖 开`
with no rate got the whole help text; the console's pickup-code form answered the help's example code
with "请发…" (send), on a web form. Each now says what was wrong and that nothing changed; the console
says "请填写"."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import fake_chat


async def test_a_rate_that_is_no_rate_is_named() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 东北大米 价格 59")

    said = chat.said(await chat.say("amy", "佣金 abc"))

    assert said == (
        "“abc”不是分享佣金比例，没有任何改动。"
        "佣金请写 0 到 50 之间的百分比，例如：佣金 5%，或 佣金 #1 2.5%（0 为关闭）。"
    )
    assert "佣金 10%" not in await chat.card()


async def test_helpselling_turned_on_without_a_rate_says_the_rate_is_missing() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 东北大米 价格 59")

    said = chat.said(await chat.say("amy", "帮卖 开"))
    numbered = chat.said(await chat.say("amy", "帮卖 #1 开"))
    english = chat.said(await chat.say("amy", "/helpsell on"))

    assert said.startswith("帮卖 开 后面少了帮卖佣金比例，没有任何改动。")
    assert "例如：帮卖 #1 开 10%" in numbered
    assert english.startswith("/helpsell on needs the help-seller's rate after it, so nothing was changed.")
    assert "帮卖" not in await chat.card()


@pytest.mark.parametrize(
    ("lang", "said"), [("zh", "请填写买家出示的取货码"), ("en", "Enter the code the buyer")]
)
async def test_the_consoles_pickup_form_asks_to_enter_the_code(tmp_path: Path, lang: str, said: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("qun", "amy", "Peaches", target=1)
        await world.say("qun", "lou", "+1")
        await world.say("qun", "amy", "/close")
        root = await world.admin()
        root.cookies.set("lang", lang)

        page = await post_form(root, "/pickup", {"code": "1234", "group_buy": str(gid)})

        assert page.status_code == 422
        assert said in html.unescape(page.text)
        assert "请发买家" not in html.unescape(page.text)

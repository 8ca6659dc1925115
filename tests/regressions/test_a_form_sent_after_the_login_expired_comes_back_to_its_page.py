"""Review 32: 已收 posted after logging out went to `/login?next=/orders/paid`; logging in then landed on
`/orders/paid`, "这个页面不能这样使用。". It now lands on the page the form came from (else its list, else
/orders) saying "登录已过期，请重新操作（没有任何改动）", nothing done."""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.unit.bot.console.console_client import console_world, csrf_of, login

SAID = {
    "zh": "登录已过期，请重新操作（没有任何改动）。",
    "en": "Your login had expired: please do it again (nothing was changed).",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(
    ("path", "referer", "lands"),
    [
        ("/orders/paid", "/orders?status=unpaid", "/orders?status=unpaid"),
        ("/orders/paid", "", "/orders"),
        ("/payouts/1/approve", "", "/payouts"),
        ("/group-buys/1/close", "https://evil.example/x", "/group-buys"),
    ],
)
async def test_the_form_comes_back_to_its_page(
    tmp_path: Path, lang: str, path: str, referer: str, lands: str
) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", "+1")
        await world.say("family", "amy", "/close")
        await world.add_admin()
        client = world.browser()
        client.cookies.set("lang", lang)
        page = await client.get("/login")
        headers = {"referer": f"http://console.test{referer}" if referer.startswith("/") else referer}
        data = {"csrf": csrf_of(page.text), "order": f"{gid}-1"}
        sent = await client.post(path, data=data, headers=headers)
        assert sent.status_code == 302
        where = urlsplit(sent.headers["location"])
        assert where.path == "/login" and parse_qs(where.query) == {"next": [lands], "expired": ["1"]}
        asked = await client.get(sent.headers["location"])
        assert SAID[lang] in html.unescape(asked.text) and 'name="expired" value="1"' in asked.text
        form = {"csrf": csrf_of(asked.text), "username": "root", "password": "correct horse"}
        logged_in = await client.post("/login", data={**form, "next": lands, "expired": "1"})
        assert logged_in.status_code == 303 and logged_in.headers["location"] == lands
        landed = await client.get(lands)
        assert landed.status_code == 200
        text = html.unescape(landed.text)
        assert SAID[lang] in text and "这个页面不能这样使用" not in text
        assert await world.audit_rows() == []  # nothing done
        # a plain login says nothing of it
        again = world.browser()
        assert (await login(again, "root", "correct horse")).status_code == 303
        assert SAID[lang] not in (await again.get("/dashboard")).text

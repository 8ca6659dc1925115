"""Review 72 #8: a one-time login link's page sent again in the same browser after using it (its button
pressed on the page kept from before: back, a second tab) answered 403 "This form has expired or did not
come from this console…", while a fresh browser gets 410 "This login link was used already or has
expired…". Now a browser still logged in goes to its page; one logged out is shown the link's button
again, and pressing it says the link was used (410), as anywhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, csrf_of, post_form

EXPIRED_FORM = {"zh": "表单已过期", "en": "This form has expired"}
USED = {"zh": "这个登录链接已用过或已过期", "en": "This login link was used already or has expired"}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_used_links_old_page_never_says_the_form_expired(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Mangoes")
        path = await world.link_for("amy")
        browser = world.browser()
        browser.cookies.set("lang", lang)
        kept = csrf_of((await browser.get(path)).text)  # the link's page, kept open
        assert (await browser.post(path, data={"csrf": kept})).status_code == 303

        again = await browser.post(path, data={"csrf": kept})  # its button pressed again, logged in

        assert again.status_code == 303
        assert again.headers["location"] == "/dashboard"
        assert (await browser.get("/dashboard")).status_code == 200

        assert (await post_form(browser, "/logout")).status_code == 303
        shown = await browser.post(path, data={"csrf": kept})  # logged out: the button again

        assert shown.status_code == 200
        assert EXPIRED_FORM[lang] not in shown.text
        used = await browser.post(path, data={"csrf": csrf_of(shown.text)})
        assert used.status_code == 410
        assert USED[lang] in used.text

"""Review: an admin's new group buy form gained "Show this chat's members" (a GET button) before its
Save button, so Enter in a field (the browser's implicit submission: the form's first submit button)
reloaded the form instead of opening the group buy, and put the form's CSRF token in the address.
The form's first submit button now saves; the browser story (tests/e2e/test_console_browser.py) saves
it with Enter."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world


async def test_enter_in_the_consoles_new_group_buy_form_saves_it(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        admin = await world.admin()
        for params in ({}, {"chat": "family"}):
            page = (await admin.get("/group-buys/new", params=params)).text
            form = page[page.index('<form method="post" action="/group-buys/new"') :]
            first = re.search(r"<button[^>]*>", form[form.index(">") :])
            assert first is not None, form
            assert 'type="submit"' in first.group(0) and "formmethod" not in first.group(0), first.group(0)
            assert "Show this chat&#39;s members" in page or "Show this chat's members" in page

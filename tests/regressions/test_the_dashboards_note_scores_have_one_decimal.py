"""Review: the dashboard's top notes printed their score raw ("3.03125"). It is now rounded to one
decimal ("3.0")."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import bot.console.dashboard as page_module
from commerce.services.dashboard import Dashboard
from tests.unit.bot.console.console_client import console_world


async def test_the_dashboards_note_scores_have_one_decimal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = page_module.dashboard

    async def scored(*args: Any, **kwargs: Any) -> Dashboard:  # the ranking's fractional scores
        found = await real(*args, **kwargs)
        scores = iter((3.03125, 12.96))
        return replace(found, notes=[replace(ranked, score=next(scores)) for ranked in found.notes])

    monkeypatch.setattr(page_module, "dashboard", scored)
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Mangoes")
        await world.say("family", "bob", "/note Sweet mangoes, thin skin")
        await world.say("family", "cat", "/note Juicy and cheap this week")
        admin = await world.admin()

        page = (await admin.get("/dashboard")).text

        notes = re.search(r'<section[^>]*id="top-notes">(.*?)</section>', page, re.S)
        assert notes is not None
        scores = re.findall(r"<td>(\d+(?:\.\d+)?)</td></tr>", notes.group(1))
        assert sorted(scores) == ["13.0", "3.0"], notes.group(1)

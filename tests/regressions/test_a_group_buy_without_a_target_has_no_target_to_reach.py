"""Session 15 review (fe 23): Rice, opened without `target`, answered the first join with `🎉 Target
reached: the group buy is on!`, and its card showed `▓▓▓▓ 12/1`. Without a target there is nothing to
reach: no such announcement; the card (and the console) shows how many, without a bar or a fraction.
With a target both stay as they were."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.bot.console.console_client import console_world
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "joined", "taken"),
    [
        (
            "en",
            "/groupbuy Rice price 12",
            "Bob is in: 2 × Rice (#1). Now ¥12 each.",
            "Price: ¥12 each\nTaken: 2\n",
        ),
        ("zh", "接龙 大米 价格 12", "Bob 跟团：2 × 大米（#1）。当前 ¥12/份。", "单价：¥12/份\n已订 2\n"),
        ("en", "/groupbuy Rice price 12/kg", "Bob is in: 2 kg of Rice (#1). Now ¥12/kg.", "Taken: 2 kg\n"),
    ],
)
async def test_a_join_without_a_target_announces_nothing_reached(
    lang: str, opening: str, joined: str, taken: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language=lang)
    await chat.say("amy", opening)

    said = chat.said(await chat.say("bob", "+2"))

    assert said == joined
    card = await chat.card(1)
    assert taken in card, card
    assert "▓" not in card and "░" not in card and "/1" not in card
    assert "Target reached" not in card and "已成团" not in card


@pytest.mark.parametrize(
    ("lang", "opening", "reached", "bar"),
    [
        (
            "en",
            "/groupbuy Rice price 12 target 2",
            "🎉 Target reached: the group buy is on!",
            "▓▓▓▓▓▓▓▓▓▓ 2/2",
        ),
        ("zh", "接龙 大米 价格 12 成团 2", "🎉 已成团！", "▓▓▓▓▓▓▓▓▓▓ 2/2"),
    ],
)
async def test_a_join_reaching_a_target_still_announces_it(
    lang: str, opening: str, reached: str, bar: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language=lang)
    await chat.say("amy", opening)

    assert chat.said(await chat.say("bob", "+2")).endswith(reached)
    assert bar in await chat.card(1)


async def test_the_console_shows_the_count_without_a_target(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Rice price 12")
        await world.say("family", "amy", "/groupbuy Tea price 5 target 10")
        await world.say("family", "bob", "+3 #1")
        await world.say("family", "bob", "+2 #2")
        client = await world.member("amy")

        listing = (await client.get("/group-buys", headers={"Accept-Language": "en"})).text
        page = (await client.get("/group-buys/1", headers={"Accept-Language": "en"})).text

        cells = re.findall(r"<td>([^<]*)</td>", listing)
        assert "3" in cells and "3/1" not in cells and "2/10" in cells, cells
        assert re.search(r"<dd>3</dd>", page), page

"""An opening with `不限购` / `no limit` / `限购 0` / `limit none` after its title was refused ("“不” after
the price is not understood", "limit must be 1 to 9999") while `/edit` took the same words: it now opens
with no limit per person, as with none typed; so does a copy's (`再开一团 #2 不限购`). A title's own words
stay its own."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "typed", "opened"),
    [
        ("zh", "接龙 芒果 价格 20 不限购", "团购 #1 开团了：芒果，¥20/份。"),
        ("zh", "接龙 芒果 不限购 价格 20", "团购 #1 开团了：芒果，¥20/份。"),
        ("zh", "接龙 芒果 价格 20 限购 0", "团购 #1 开团了：芒果，¥20/份。"),
        ("zh", "接龙 芒果 价格 20 限购 无", "团购 #1 开团了：芒果，¥20/份。"),
        ("en", "/groupbuy Mangoes price 20 no limit", "Group buy #1 is open: Mangoes at ¥20 each."),
        ("en", "/groupbuy Mangoes price 20 limit none", "Group buy #1 is open: Mangoes at ¥20 each."),
        ("en", "/groupbuy Mangoes price 20 limit 0", "Group buy #1 is open: Mangoes at ¥20 each."),
    ],
)
async def test_opened_with_no_limit(lang: str, typed: str, opened: str) -> None:
    chat = fake_chat(default_language=lang)
    said = chat.said(await chat.say("amy", typed))
    assert said.startswith(opened), said
    await chat.say("eve", "+50")
    assert "Eve ×50" in await chat.card(1)


async def test_a_title_of_its_own_words_keeps_them() -> None:
    chat = fake_chat(default_language="en")
    said = chat.said(await chat.say("amy", "/groupbuy Unlimited data SIM price 5"))
    assert said.startswith("Group buy #1 is open: Unlimited data SIM at ¥5 each."), said


async def test_a_limit_and_no_limit_together_are_asked_about() -> None:
    chat = fake_chat(default_language="zh")
    said = chat.said(await chat.say("amy", "接龙 芒果 价格 20 限购 3 不限购"))
    assert "没有开团" in said, said
    assert await chat.card(1) == "团购 #1 已不存在。"


async def test_a_copy_lifts_the_limit_when_told() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 苹果 价格 20 限购 3")
    await chat.say("eve", "+3")
    await chat.say("amy", "截单 #1")
    said = chat.said(await chat.say("amy", "再开一团 #1 不限购"))
    assert "#2" in said, said
    await chat.say("eve", "+5 #2")
    card = await chat.card(2)
    assert "Eve ×5" in card
    assert "限购" not in card

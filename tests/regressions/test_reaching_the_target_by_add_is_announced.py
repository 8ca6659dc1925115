"""rep52 #6: a `+N` that reaches the target says "🎉 Target reached: the group buy is on!" (`🎉 已成团！`),
but the organiser's `/add` (`代报`) that reached it said only the price. It now says so too, whether it
added a guest's line or to a member's, and once: the next add past the target does not say it again."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

CASES = {
    "en": (
        "/groupbuy Bread price 8 target 3",
        "/add Aunt Wang 2",
        "Amy added Aunt Wang (not in this chat): 2 × Bread (#1); their order goes to Amy. Now ¥8 each. "
        "🎉 Target reached: the group buy is on!",
        "/add Cat 1",
        "🎉 Target reached",
    ),
    "zh": (
        "接龙 大米 价格 59 成团 3",
        "代报 王阿姨 2 3号楼",
        "Amy 代报：王阿姨 ×2 · 大米（#1），订单由 Amy 收款。备注：3号楼。当前 ¥59/份。🎉 已成团！",
        "代报 Cat 1",
        "🎉 已成团",
    ),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_guests_line_reaching_the_target_says_so_once(lang: str) -> None:
    opening, add, said, again, reached = CASES[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("cat", "+1")

    assert chat.said(await chat.say("amy", add)) == said
    assert reached not in chat.said(await chat.say("amy", again))  # past the target: not again


@pytest.mark.parametrize(
    ("lang", "opening", "add", "said"),
    [
        ("en", "/groupbuy Bread price 8 target 3", "/add Cat 2", "🎉 Target reached: the group buy is on!"),
        (
            "zh",
            "接龙 大米 价格 59 成团 3",
            "代报 Cat 2",
            "Amy 帮 Cat 加了 2 份：Cat 现在是 3 × 大米（#1）。当前 ¥59/份。🎉 已成团！",
        ),
    ],
)
async def test_an_add_to_a_members_line_reaching_the_target_says_so(
    lang: str, opening: str, add: str, said: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("cat", "+1")

    assert chat.said(await chat.say("amy", add)).endswith(said)

"""Session 17: `价格 30/打` (a price per dozen, 打) opening a group buy was refused, `“30/打”里的单位“打”我不
认识`, while `30/dozen` opened it, though a join reads `+2打` and `+2 dozen` as one unit. `/打` is now a
known unit, the same as `/dozen`: the group buy opens at `¥30/打` and `+1打` or `+1 dozen` joins 1 of it."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "opened", "join", "joined"),
    [
        (
            "zh",
            "接龙 鸡蛋 价格 30/打",
            "团购 #1 开团了：鸡蛋，¥30/打。",
            "+2打",
            "小李 跟团：2打 鸡蛋（#1）。当前 ¥30/打。",
        ),
        (
            "zh",
            "接龙 鸡蛋 价格 30元/打",
            "团购 #1 开团了：鸡蛋，¥30/打。",
            "+1",
            "小李 跟团：1打 鸡蛋（#1）。当前 ¥30/打。",
        ),
        (
            "en",
            "/groupbuy Eggs price 30/打",
            "Group buy #1 is open: Eggs at ¥30/dozen.",  # in English (session 21)
            "+1 dozen",
            "小李 is in: 1 dozen of Eggs (#1). Now ¥30/dozen.",
        ),
    ],
)
async def test_a_price_per_da_opens(lang: str, opening: str, opened: str, join: str, joined: str) -> None:
    chat = fake_chat(default_language=lang)

    assert chat.said(await chat.say("amy", opening)).startswith(opened)
    assert chat.said(await chat.say("xiaoli", join, name="小李")) == joined
    amount = join.removeprefix("+") if join != "+1" else "1打"  # English reads "1 dozen" (session 21)
    assert (await chat.card(1)).endswith(f"\n\n1. 小李 {amount}")

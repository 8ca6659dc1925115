"""s49's player: under the organiser's 接龙, the first to sign up typed the list's first line the WeChat
way, `1. 小王 2盒`, and got no reply and no line on the card (a pasted list needed two lines). Her own line
typed alone now joins her with its count, as it would pasted under the list; a line naming someone else, or
her name with talk after it (`1. 张阿姨 今天不在家`), stays quiet."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = "接龙 散养土鸡蛋 30枚/盒 价格 45 截止 明晚8点"


@pytest.mark.parametrize(
    ("typed", "said", "line"),
    [
        ("1. 小王 2盒", "小王 跟团：2 × 散养土鸡蛋 30枚/盒（#1）。当前 ¥45/份。", "1. 小王 ×2"),
        ("1、小王 3盒", "小王 跟团：3 × 散养土鸡蛋 30枚/盒（#1）。当前 ¥45/份。", "1. 小王 ×3"),
        ("1. 小王", "小王 跟团：1 × 散养土鸡蛋 30枚/盒（#1）。当前 ¥45/份。", "1. 小王 ×1"),
        (
            "1. 小王 x2 5号楼",
            "小王 跟团：2 × 散养土鸡蛋 30枚/盒（#1）。备注：5号楼。当前 ¥45/份。",
            "1. 小王 ×2 · 5号楼",
        ),
    ],
)
async def test_her_own_first_line_joins_her(typed: str, said: str, line: str) -> None:
    chat = fake_chat()
    chat.platform = "wechat"
    await chat.say("amy", OPEN, name="李姐")

    assert Chat.said(await chat.say("bob", typed, name="小王")) == said
    assert line in (await chat.card(1)).splitlines()


@pytest.mark.parametrize("typed", ["1. 小李 2盒", "1. 小王 今天不在家", "1. 第一步先付款"])
async def test_a_line_not_hers_or_talk_stays_quiet(typed: str) -> None:
    chat = fake_chat()
    chat.platform = "wechat"
    await chat.say("amy", OPEN, name="李姐")

    assert await chat.say("bob", typed, name="小王") == []
    assert "小王" not in await chat.card(1)

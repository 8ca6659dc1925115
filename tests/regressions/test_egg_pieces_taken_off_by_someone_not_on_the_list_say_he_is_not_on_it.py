"""Task s23 K3 (round 27, finding 16): `-6枚` from a member with no line on eggs sold by the dozen was told
`要减 1打（12 个）就发 -1` — a leave of nothing. A member with no line there is told he is not on it, as
`-1` tells him; nothing changes. Members with a line still get the answer in dozens."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

NOT_ON_ZH = "你还没有跟 鸡蛋（#1），没有可以退出的，没有任何改动。"
NOT_ON_EN = "You are not on the list of Eggs (#1), so there is nothing to leave. Nothing was changed."


@pytest.mark.parametrize("sent", ["-6枚", "-6个", "退出 6颗", "-24枚", "-1打", "-6 eggs"])
async def test_egg_pieces_taken_off_by_someone_not_on_the_list(sent: str) -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 鸡蛋 价格 12/打")
    await chat.say("cat", "+3")

    assert chat.said(await chat.say("bob", "-1")) == NOT_ON_ZH
    assert chat.said(await chat.say("bob", sent)) == NOT_ON_ZH
    listed = chat.said(await chat.say("amy", "名单"))
    assert "Cat 3打" in listed
    assert "Bob" not in listed


@pytest.mark.parametrize("sent", ["-6枚", "/leave 6 eggs", "-2 dozen"])
async def test_egg_pieces_taken_off_by_someone_not_on_the_list_in_english(sent: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12/dozen")
    await chat.say("cat", "+3")

    assert chat.said(await chat.say("bob", "-1")) == NOT_ON_EN
    assert chat.said(await chat.say("bob", sent)) == NOT_ON_EN
    assert "Cat 3 dozen" in chat.said(await chat.say("amy", "/list"))


async def test_egg_pieces_taken_off_by_someone_on_the_list_are_still_said_in_dozens() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 鸡蛋 价格 12/打")
    await chat.say("bob", "+3")

    replies = await chat.say("bob", "-6枚")

    assert "“6枚”是半打，减不了。要减 1打（12 个）就发 -1" in chat.said(replies)

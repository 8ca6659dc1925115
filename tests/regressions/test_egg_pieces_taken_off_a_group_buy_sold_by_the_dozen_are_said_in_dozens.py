"""Task s23 A1: on eggs sold by the dozen (打), `-6枚` and `-6颗` got no reply at all (read as chatter), and
`退出 6枚` was told the leave's form in 份 (`-1（少一份）`). Eggs counted in 枚 or 颗 are pieces there, as
`-6个` is: answered in dozens (half a dozen cannot be taken off, `-1` takes off 1 dozen), nothing changed.
On one sold by the 份 they are no 份: the leave's form, as `-1打` there."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

HALF_ZH = "鸡蛋（#1）按打卖（一打 12 个），“{typed}”是半打，减不了。要减 1打（12 个）就发 -1。没有任何改动。"
HALF_EN = (
    "Eggs (#1) is sold by the dozen (12 pieces): “{typed}” is half a dozen, which cannot be taken off. "
    "Send -1 to take off 1 dozen (12 pieces). Nothing was changed."
)


@pytest.mark.parametrize(
    ("sent", "typed"),
    [
        ("-6个", "6个"),
        ("-6枚", "6枚"),
        ("-6颗", "6颗"),
        ("减6枚", "6枚"),
        ("退6颗", "6颗"),
        ("退出 6枚", "6枚"),
    ],
)
async def test_egg_pieces_taken_off_are_said_in_dozens(sent: str, typed: str) -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 鸡蛋 价格 12/打")
    await chat.say("bob", "+3")

    assert chat.said(await chat.say("bob", sent)) == HALF_ZH.format(typed=typed)
    assert "Bob 3打" in chat.said(await chat.say("amy", "名单"))  # nothing taken off


@pytest.mark.parametrize(("sent", "typed"), [("-6枚", "6枚"), ("/leave 6颗", "6颗")])
async def test_egg_pieces_taken_off_are_said_in_dozens_in_english(sent: str, typed: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12/dozen")
    await chat.say("bob", "+3")

    assert chat.said(await chat.say("bob", sent)) == HALF_EN.format(typed=typed)
    assert "Bob 3 dozen" in chat.said(await chat.say("amy", "/list"))


async def test_a_whole_number_of_dozens_in_egg_pieces_gets_its_leave() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 鸡蛋 价格 12/打")
    await chat.say("bob", "+3")

    replies = await chat.say("bob", "-24枚")

    assert chat.said(replies) == "鸡蛋（#1）按打卖：“24枚”是 2打，要就发 -2。没有任何改动。"


async def test_egg_pieces_on_a_group_buy_sold_by_the_portion_get_the_leave_form() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 榴莲 价格 50")
    await chat.say("bob", "+3")

    replies = await chat.say("bob", "-6枚")

    assert chat.said(replies) == "请这样写：-1（少一份）、退出（整条取消）或 退出 #1"
    assert "Bob ×3" in chat.said(await chat.say("amy", "名单"))

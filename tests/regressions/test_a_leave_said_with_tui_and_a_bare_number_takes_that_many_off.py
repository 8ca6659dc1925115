"""Session 18 (review finding 4): `退1` / `退 1` (a leave said with 退 and a bare number, the commonest
way to type it) got no answer and changed nothing, while `退1kg` and `-1` right after worked: the member
believed she had taken one off. A bare number after 退, as the whole message (or before the group buy's
number), is the leave of that many, as `-1` is; `退` alone and `退2天再说` stay chatter."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(("typed", "left"), [("退1", "2"), ("退 1", "2"), ("退2", "1"), ("退一", "2")])
async def test_a_bare_number_after_tui_is_taken_off(typed: str, left: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 30枚 价格 30 截止 3d")
    await chat.say("cat", "+3")

    said = Chat.said(await chat.say("cat", typed))

    assert said == f"Cat 现在是 {left} × 土鸡蛋 30枚（#1）。当前 ¥30/份。", typed
    assert (await chat.card()).endswith(f"\n\n1. Cat ×{left}"), typed


async def test_on_one_sold_by_weight_it_counts_in_its_unit() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Lychees price 15/kg target 10 stock 20 limit 6 ends tomorrow 20:00")
    await chat.say("eve", "me too x2")

    said = Chat.said(await chat.say("eve", "退1"))

    assert said == "Eve 现在是 1 kg Lychees（#1）。当前 ¥15/kg。"


async def test_with_two_open_it_goes_to_the_one_named_or_asks() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 30枚 价格 30 截止 3d")
    await chat.say("amy", "接龙 芒果 价格 20 截止 3d")
    await chat.say("fay", "+2 #1")
    await chat.say("fay", "+1 #2")

    asked = Chat.said(await chat.say("fay", "退 1"))
    named = Chat.said(await chat.say("fay", "退1 #1"))

    # on both: what she holds on each, nothing changed, a leave's example (s39, rep92 #14)
    assert asked == (
        "这个群里有 2 个团在接龙，你跟了其中 2 个：#1 土鸡蛋 30枚（你已跟 2 份） · #2 芒果（你已跟 1 份）。"
        "没有任何改动，请带上编号，例如 -1 #1。"
    )
    assert named == "Fay 现在是 1 × 土鸡蛋 30枚（#1）。当前 ¥30/份。"


async def test_tui_with_other_words_stays_chatter() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20 截止 3d")
    await chat.say("bob", "+3")

    talk = [
        *await chat.say("bob", "退"),
        *await chat.say("bob", "退2天再说"),
        *await chat.say("bob", "退1吗"),
        *await chat.say("bob", "退1000"),
    ]

    assert [reply.text for reply in talk if reply.text] == []
    assert (await chat.card()).endswith("\n\n1. Bob ×3")

"""Replay s22 (task A2): with eggs sold by the dozen (which she is on) and buns sold by the piece (which
she is not) open, `退出 1个` / `-6 pieces` went to the buns, sold in the unit typed, and told her she was not
on it. A leave naming no group buy chooses among those she is on: one, that one (the pieces answered in
dozens, nothing changed); several, the which-question listing only those."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_pieces_left_go_to_the_dozen_she_is_on_not_the_pieces_she_is_not() -> None:
    chat = fake_chat()
    await chat.say("amy", "开团 鸡蛋 价格 12/打")
    await chat.say("amy", "开团 馒头 价格 2/个")
    await chat.say("dan", "+2 #1")

    one = Chat.said(await chat.say("dan", "退出 1个"))
    six = Chat.said(await chat.say("dan", "-6个"))

    assert (
        one
        == "鸡蛋（#1）按打卖（一打 12 个），“1个”不到一打，减不了。要减 1打（12 个）就发 -1。没有任何改动。"
    ), one
    assert (
        six == "鸡蛋（#1）按打卖（一打 12 个），“6个”是半打，减不了。要减 1打（12 个）就发 -1。没有任何改动。"
    ), six
    assert "Dan 2打" in await chat.card(1)


async def test_english_pieces_left_go_to_the_dozen_she_is_on() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12/dozen")
    await chat.say("amy", "/groupbuy Buns price 2/piece")
    await chat.say("dan", "+2 #1")

    six = Chat.said(await chat.say("dan", "-6 pieces"))

    assert six == (
        "Eggs (#1) is sold by the dozen (12 pieces): “6 pieces” is half a dozen, which cannot be taken off. "
        "Send -1 to take off 1 dozen (12 pieces). Nothing was changed."
    ), six
    assert "Dan 2 dozen" in await chat.card(1)


async def test_a_leave_on_several_lists_only_those_she_is_on() -> None:
    chat = fake_chat()
    await chat.say("amy", "开团 鸡蛋 价格 12/打")
    await chat.say("amy", "开团 馒头 价格 2/个")
    await chat.say("amy", "开团 苹果 价格 5")
    await chat.say("dan", "+1 #1")
    await chat.say("dan", "+1 #3")

    asked = Chat.said(await chat.say("dan", "退出 1个"))
    bare = Chat.said(await chat.say("dan", "-1"))

    for said in (asked, bare):
        assert "#1 鸡蛋" in said and "#3 苹果" in said and "馒头" not in said, said
    assert "Dan 1打" in await chat.card(1) and "Dan" in await chat.card(3)

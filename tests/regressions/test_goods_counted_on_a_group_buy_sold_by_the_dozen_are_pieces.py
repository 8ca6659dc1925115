"""Replay s21 (findings B and C): on a group buy sold by the dozen, `+6 eggs` joined 6 dozen (¥72 for half
a dozen meant), the word for the goods dropped as the title's; `+6枚` and `+6颗` got "“6枚” is no quantity
of it" while `+6个` was answered in dozens. An English number of the goods, and 枚 or 颗, count eggs,
answered as `+6个` is ("6 eggs is half a dozen… +1 for 1 dozen"); nothing joins. `+1 eggs` is still "me
too"."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_six_eggs_are_half_a_dozen_not_six_dozen() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12/dozen")

    six = Chat.said(await chat.say("dan", "+6 eggs"))
    twelve = Chat.said(await chat.say("dan", "+24 eggs"))
    one = Chat.said(await chat.say("bob", "+1 eggs"))

    assert "“6 eggs” is half a dozen" in six, six
    assert "Dan" not in six.split("“")[0]
    assert "+2" in twelve and "dozen" in twelve, twelve
    assert one == "Bob is in: 1 dozen of Eggs (#1). Now ¥12/dozen."
    assert "Dan" not in await chat.card()


async def test_mei_and_ke_count_eggs_as_ge_does() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 12/打")

    mei = Chat.said(await chat.say("dan", "+6枚"))
    ke = Chat.said(await chat.say("dan", "+6颗"))
    ge = Chat.said(await chat.say("dan", "+6个"))

    assert mei == ge.replace("6个", "6枚"), (mei, ge)
    assert ke == ge.replace("6个", "6颗"), (ke, ge)
    assert "半打" in ge, ge
    assert "Dan" not in await chat.card()

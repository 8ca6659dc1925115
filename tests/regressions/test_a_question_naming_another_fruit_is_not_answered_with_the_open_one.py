"""With mangoes (#1 海南贵妃芒 5斤) closed and only #3 阿克苏苹果 10斤 open, `问 芒果多少钱`, `问 芒果还有吗`
and `问 水果多少钱` were answered with the apples' price and stock: the question's word shared the one
character 果 with the title. A generic character (果, 茶, 菜…) alone names no title; the asker is told
there is no group buy of it here, as for `问 榴莲多少钱` (of the mangoes: that #1 has closed). `芒果`
still names 海南贵妃芒 (芒)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

_OPEN = "进行中的是：#3 阿克苏苹果 10斤（问的时候带上团号，例如：问 #3 还有吗）。"


async def test_a_question_naming_another_fruit_is_not_answered_with_the_open_one() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    for user, text in [
        ("amy", "接龙 海南贵妃芒 5斤 价格 88 成团 1"),
        ("bob", "+1"),
        ("amy", "截单 #1"),
        ("amy", "接龙 香水柠檬 价格 20"),
        ("amy", "取消 #2"),
        ("amy", "接龙 阿克苏苹果 10斤 价格 60"),
    ]:
        await chat.say(user, text)

    closed = f"本群开过 海南贵妃芒 5斤（#1），已经截单了。{_OPEN}"  # the closed mangoes, then what is open
    for question in ("问 芒果多少钱", "问 芒果还有吗"):
        assert chat.said(await chat.say("cat", question)) == closed
    assert chat.said(await chat.say("cat", "问 水果多少钱")) == f"本群没有「水果」的团购。{_OPEN}"
    assert chat.said(await chat.say("cat", "问 苹果多少钱")) == "阿克苏苹果 10斤（#3）：当前 ¥60/份。"


async def test_a_question_naming_a_titles_own_character_still_finds_it() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("amy", "接龙 阿克苏苹果 10斤 价格 60")
    assert chat.said(await chat.say("cat", "问 芒果多少钱")) == "海南贵妃芒 5斤（#1）：当前 ¥88/份。"

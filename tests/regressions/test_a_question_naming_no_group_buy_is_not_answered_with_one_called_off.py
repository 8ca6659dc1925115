"""rep38 finding 2: in a group whose newest group buy had failed (西门子洗碗机 #2), `问 牛肉面多少钱` was
answered "西门子洗碗机SJ235（#2）已取消：不成团…" and nothing else, though Hu's note on the noodle shop
was there; `问 面馆怎么样` put that line first. A question that does not name a group buy that ended is
answered by friends' notes (and the offer to ask the organiser), never with it; `问 #2 …` still is."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _chat() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 68 截止 3d", name="Amy")
    await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3 截止 3d", name="Amy")
    await chat.say("bob", "+1 #1", name="Bob")
    await chat.say("amy", "截单 #1", name="Amy")
    await chat.say("amy", "取消 #2", name="Amy")
    await chat.say("hu", "种草 楼下新开的面馆不错，牛肉面很香", name="Hu")
    return chat


async def test_a_question_about_something_else_quotes_friends_not_the_called_off_one() -> None:
    chat = await _chat()
    for question in ("问 牛肉面多少钱", "问 面馆怎么样"):
        said = chat.said(await chat.say("fay", question, name="Fay"))
        assert said.startswith("群里的朋友说过：\n笔记 #1 Hu：「楼下新开的面馆不错，牛肉面很香」"), said
        assert "西门子" not in said, said


async def test_a_question_naming_the_called_off_one_is_answered_with_it() -> None:
    chat = await _chat()
    said = chat.said(await chat.say("fay", "问 #2 多少钱", name="Fay"))
    assert said.startswith("西门子洗碗机SJ235（#2）已取消"), said

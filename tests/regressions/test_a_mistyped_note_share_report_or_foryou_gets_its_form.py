"""Review 87, findings 7, 10 and 12: `分享笔记 abc` got no answer at all; `report 3 fake` without a slash
was silence in a group and "I didn't understand that" in private, while `like 3` and `comment 3 …` work
without one; `猜你喜欢 abc` in private got the generic "我没看懂". Each is now read as its command: the
share's and For you's forms, and the report taken."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_note_share_with_a_word_for_its_number_gets_its_form() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 海南芒果 价格 88")

    said = Chat.said(await chat.say("hu", "分享笔记 abc"))

    assert said == "分享哪篇笔记？例如：分享笔记 3，没有任何改动。"
    assert await chat.say("hu", "分享笔记给大家看看") == []  # talk stays talk


async def test_report_without_a_slash_is_a_report() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("bob", "/note #1 mine are better, come to me for them")

    await chat.say("kim", "note 1")  # seen in the group: her private report finds the note
    in_group = await chat.say("mei", "report 1 fake")
    in_private = await chat.say("kim", "report 1 fake", private=True)

    assert Chat.private(in_group) == {
        "mei": "Thanks: your report of note #1 (fake) went to the chat's admins, who will look. "
        "Only they see who reported it."
    }
    assert Chat.private(in_private)["kim"].startswith("Thanks: your report of note #1 (fake)")


async def test_foryou_with_a_stray_word_in_private_gets_its_form() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())

    said = Chat.said(await chat.say("mei", "猜你喜欢 abc", private=True))

    assert said == "发“猜你喜欢”看推荐，“猜你喜欢 关”不再推荐，“猜你喜欢 开”重新打开，没有任何改动。"

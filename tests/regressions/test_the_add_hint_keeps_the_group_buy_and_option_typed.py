"""Review 71 #8: `/add #2 @ed 1 small` of someone not in the chat was answered "…write their name without
@: /add ed 1.", dropping the group buy's number and the option, so the form sent back added to the wrong
group buy or was asked which option. The hint is the command as typed, the @ taken off."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_hint_keeps_the_number_and_the_option() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 10")
    await chat.say("amy", "/groupbuy Cookies options small:20,large:30")
    before = await chat.cards_up_to(2)

    said = Chat.said(await chat.say("amy", "/add #2 @ed 1 small"))

    assert said == (
        "I don't know anyone called ed in this chat: nothing was changed. To add someone who is not in the "
        "chat, write their name without @: /add #2 ed 1 small."
    )
    assert await chat.cards_up_to(2) == before
    added = Chat.said(await chat.say("amy", "/add #2 ed 1 small"))  # the hint, sent back, works
    assert added.startswith("Amy added ed (not in this chat): 1 × Cookies small (#2)"), added


async def test_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 10")
    await chat.say("amy", "接龙 水蜜桃 规格 小盒:58,大盒:98")

    said = Chat.said(await chat.say("amy", "代报 #2 @小王 1 小盒"))

    assert (
        said
        == "本群里没有叫 小王 的成员，没有任何改动。代报不在群里的人，名字前不要加 @：代报 #2 小王 1 小盒。"
    )

"""Session 18 (black-box review, finding 17): examples used a made-up `#12` even when #12 was the number
just refused or another group's real group buy: `名单 #12` in a group where #12 ran elsewhere was told
`这个群里没有团购 #12…例如：名单 #12`, `+1 #9` `例如：+1 #12 或 跟团 #12 2`, and `问 荔枝多少钱` with #15
open `…例如：问 #12 还有吗`. The example now names a group buy of this chat: the newest open here (else
the newest here), the first one listed for a question; a chat with none keeps a made-up number other
than the one refused."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_number_of_another_group_is_answered_with_one_open_here() -> None:
    family = fake_chat()
    neighbours = Chat(family.app, chat_id="neighbours")
    await neighbours.say("gina", "/groupbuy Lychees price 15/kg")  # #1, in the other group
    await family.say("amy", "接龙 土鸡蛋 价格 30")  # #2, here

    listed = family.said(await family.say("gina", "名单 #1"))
    joined = family.said(await family.say("ken", "+1 #9"))
    asked = family.said(await family.say("bob", "问 荔枝多少钱"))
    english = family.said(await family.say("ken", "/list #9"))

    assert listed == "这个群里没有团购 #1，没有任何改动。请用卡片上的编号，例如：名单 #2"
    assert joined == "这个群里没有团购 #9，没有任何改动。请用卡片上的编号，例如：+1 #2 或 跟团 #2 2"
    assert asked == "本群没有「荔枝」的团购。进行中的是：#2 土鸡蛋（问的时候带上团号，例如：问 #2 还有吗）。"
    assert english == (
        "There is no group buy #9 in this chat: nothing was changed."
        " Use the number on its card, e.g. /list #2"
    )


async def test_a_chat_with_none_never_suggests_the_number_refused() -> None:
    chat = fake_chat()

    assert chat.said(await chat.say("ken", "名单 #12")) == (
        "这个群里没有团购 #12，没有任何改动。请用卡片上的编号，例如：名单 #1"
    )
    assert chat.said(await chat.say("ken", "名单 #3")) == (
        "这个群里没有团购 #3，没有任何改动。请用卡片上的编号，例如：名单 #12"
    )

"""Session 34 (s34-joins 4): `王阿姨 +2 #1` from Wangayi, holding no line yet, made her own line (s33)
but the card and 名单 showed "Wangayi", the account name nobody in the group knows her by. Her line is
written under the 接龙 name she typed; `王阿姨 +1` again adds to that same line (never a friend called
王阿姨), and the answer still names who sent it."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _opened() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="zh")
    await chat.say("amy", "接龙 芒果 价格 5 成团 10", name="Kate")
    return chat


async def test_the_card_and_the_list_show_the_jielong_name() -> None:
    chat = await _opened()

    said = Chat.said(await chat.say("wang", "王阿姨 +2 #1", name="Wangayi"))

    assert said == "Wangayi（名单上写作 王阿姨）跟团：2 × 芒果（#1）。当前 ¥5/份。"
    assert (await chat.card(1)).endswith("\n\n1. 王阿姨 ×2")
    listed = Chat.said(await chat.say("wang", "名单", name="Wangayi"))
    assert listed == "📋 芒果（#1）接龙名单，共 1 条：\n1. 王阿姨 ×2"


async def test_the_jielong_name_again_adds_to_her_own_line() -> None:
    chat = await _opened()
    await chat.say("wang", "王阿姨 +2 #1", name="Wangayi")

    said = Chat.said(await chat.say("wang", "王阿姨 +1", name="Wangayi"))

    assert said == "Wangayi（名单上写作 王阿姨）跟团：又加 1 份，现在共 3 × 芒果（#1）。当前 ¥5/份。"
    assert (await chat.card(1)).endswith("\n\n1. 王阿姨 ×3")


async def test_a_plain_join_is_under_her_account_name_as_before() -> None:
    chat = await _opened()

    await chat.say("wang", "+2", name="Wangayi")

    assert (await chat.card(1)).endswith("\n\n1. Wangayi ×2")

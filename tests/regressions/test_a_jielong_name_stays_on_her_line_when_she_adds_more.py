"""Review 75 #2: Zoe's `李阿姨 +2 #4` (nobody called 李阿姨 in the chat) wrote her line under 李阿姨, but her
`+1` after it rewrote the line under her account name: the card and 名单 showed `Zoe ×4`, and she could no
longer find her line. The name her line is written under stays when she adds to it, on the fakes and on
storage, with another group buy open and the number after the count, in a Chinese and an English group."""

from __future__ import annotations

from typing import Any, cast

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize("on_storage", [False, True])
async def test_a_plain_join_after_her_jielong_name_keeps_the_name(uow_factory: Any, on_storage: bool) -> None:
    factory = uow_factory if on_storage else FakeUnitOfWorkFactory()
    chat = fake_chat(cast(FakeUnitOfWorkFactory, factory), default_language="zh")
    await chat.say("amy", "接龙 芒果 价格 5 成团 10", name="Amy")
    await chat.say("amy", "接龙 苹果 价格 5 成团 10", name="Amy")

    first = Chat.said(await chat.say("zoe", "李阿姨 +2 #2", name="Zoe"))
    again = Chat.said(await chat.say("zoe", "李阿姨 +1 #2", name="Zoe"))
    plain = Chat.said(await chat.say("zoe", "+1 #2", name="Zoe"))

    assert first == "Zoe（名单上写作 李阿姨）跟团：2 × 苹果（#2）。当前 ¥5/份。"
    assert again == "Zoe（名单上写作 李阿姨）跟团：又加 1 份，现在共 3 × 苹果（#2）。当前 ¥5/份。"
    assert plain == "Zoe 跟团：又加 1 份，现在共 4 × 苹果（#2）。当前 ¥5/份。"
    assert (await chat.card(2)).endswith("\n\n1. 李阿姨 ×4")
    listed = Chat.said(await chat.say("zoe", "名单 #2", name="Zoe"))
    assert listed == "📋 苹果（#2）接龙名单，共 1 条：\n1. 李阿姨 ×4"


@pytest.mark.parametrize("on_storage", [False, True])
async def test_the_only_one_open_keeps_the_name_after_plus_one(uow_factory: Any, on_storage: bool) -> None:
    factory = uow_factory if on_storage else FakeUnitOfWorkFactory()
    chat = fake_chat(cast(FakeUnitOfWorkFactory, factory), default_language="zh")
    await chat.say("amy", "接龙 苹果 价格 5 成团 10", name="Amy")

    await chat.say("zoe", "李阿姨 +2", name="Zoe")
    await chat.say("zoe", "李阿姨 +1", name="Zoe")
    await chat.say("zoe", "+1", name="Zoe")

    assert (await chat.card(1)).endswith("\n\n1. 李阿姨 ×4")


async def test_in_an_english_group_too(uow_factory: Any) -> None:
    chat = fake_chat(cast(FakeUnitOfWorkFactory, uow_factory), default_language="en")
    await chat.say("amy", "/new Apples price 5 target 10", name="Amy")

    await chat.say("zoe", "李阿姨 +2", name="Zoe")
    plain = Chat.said(await chat.say("zoe", "+1", name="Zoe"))

    assert plain == "Zoe is in: 1 more, now 3 × Apples in all (#1). Now ¥5 each."
    assert (await chat.card(1)).endswith("\n\n1. 李阿姨 ×3")
    listed = Chat.said(await chat.say("zoe", "/list", name="Zoe"))
    assert listed.endswith("\n1. 李阿姨 ×3")

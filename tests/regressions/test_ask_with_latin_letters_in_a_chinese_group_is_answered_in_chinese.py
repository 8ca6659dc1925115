"""Review 87, finding 3: in a `/lang zh` group, `问 asdfgh` and `问 abc` were answered in English ("I can't
answer that…", button "Ask Lily"), though the command word is Chinese and the whole group reads the answer.
Latin letters alone after `问` tell no English there: the answer is Chinese, as `问 芒果甜吗` is."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _chat(lang: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"dan"}
    await chat.say("dan", f"/lang {lang}")
    return chat


async def test_latin_letters_after_wen_in_a_chinese_group_get_chinese() -> None:
    chat = await _chat("zh")

    assert Chat.said(await chat.say("hu", "问 asdfgh")).startswith("这个我答不上来：我只回答团购里记着的事")
    await chat.say("amy", "接龙 海南芒果 价格 30")
    offered = await chat.say("mei", "问 abc")
    assert Chat.said(offered).startswith("这个我答不上来：团购里没有记着。要不要转给团长 Amy？")


async def test_an_english_group_keeps_english() -> None:
    chat = await _chat("en")

    assert Chat.said(await chat.say("hu", "问 asdfgh")).startswith("I can't answer that")

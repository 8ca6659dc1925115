"""A member on the list who typed `退出接龙`, `取消接龙`, `芒果不要了`, `取消我的`, `少要一份`, `改2份` or
`撤回` got no reply at all and stayed on the card (×3), believing she was out. Now each does what it says, as
`退出` / `-1` / `改成2份` do: she leaves, has one less, or is set to 2, with the usual answer and card line;
`撤回` alone (also WeChat's word for recalling a message) changes nothing and tells her what to send. From
someone on no list here every one of them stays quiet, as other chatter; the organiser's own `取消接龙`
still asks her to confirm calling it off, as before."""

from __future__ import annotations

import pytest

from handlers.texts import t
from tests.unit.handlers.conftest import Chat, fake_chat


async def _on_the_list() -> Chat:
    chat = fake_chat()
    chat.platform = "wechat"
    await chat.say("amy", "接龙 芒果 价格 30 截止 明晚8点", name="李姐")
    await chat.say("bob", "+1", name="小王")
    await chat.say("eve", "+3")
    return chat


@pytest.mark.parametrize("typed", ["退出接龙", "取消接龙", "芒果不要了", "取消我的"])
async def test_a_leave_said_in_words_takes_her_off_the_list(typed: str) -> None:
    chat = await _on_the_list()

    said = Chat.said(await chat.say("eve", typed))

    assert said == "Eve 退出了 芒果（#1）。"
    card = await chat.card(1)
    assert "1. 小王 ×1" in card
    assert "Eve" not in card


async def test_one_less_said_in_words_takes_one_off() -> None:
    chat = await _on_the_list()

    said = Chat.said(await chat.say("eve", "少要一份"))

    assert said == "Eve 现在是 2 × 芒果（#1）。当前 ¥30/份。"
    assert "2. Eve ×2" in await chat.card(1)


async def test_a_change_without_cheng_sets_her_line() -> None:
    chat = await _on_the_list()

    said = Chat.said(await chat.say("eve", "改2份"))

    assert said == "Eve 现在是 2 × 芒果（#1）。当前 ¥30/份。"
    assert "2. Eve ×2" in await chat.card(1)


async def test_recall_alone_tells_her_what_to_send_and_changes_nothing() -> None:
    chat = await _on_the_list()

    said = Chat.said(await chat.say("eve", "撤回"))

    assert said == (
        "撤回聊天消息不会改动名单：你还在 芒果（#1）的名单上（×3），没有任何改动。"
        "要退出就发 退出；要改数量就发 改成2份。"
    )
    assert "2. Eve ×3" in await chat.card(1)
    english = t("en", "recall_hint", title="Mangoes", id=1, held="×3", at="", change="make it 2")
    assert english == (
        "Recalling a chat message does not change the list: you are still on Mangoes (#1) (×3). "
        "Nothing was changed. To leave, send /leave; to change how many, send: make it 2."
    )


async def test_recall_with_several_open_names_the_one_she_is_on() -> None:
    chat = await _on_the_list()
    await chat.say("amy", "接龙 土鸡蛋 价格 45", name="李姐")

    said = Chat.said(await chat.say("eve", "撤回"))

    assert said == (
        "撤回聊天消息不会改动名单：你还在 芒果（#1）的名单上（×3），没有任何改动。"
        "要退出就发 退出 #1；要改数量就发 改成2份 #1。"
    )


@pytest.mark.parametrize(
    "typed",
    ["退出接龙", "取消接龙", "芒果不要了", "取消我的", "少要一份", "撤回", "撤回了一条消息", "我不要了吗"],
)
async def test_the_same_words_from_someone_on_no_list_stay_quiet(typed: str) -> None:
    chat = await _on_the_list()

    replies = await chat.say("dan", typed, name="老陈")

    assert [reply.text for reply in replies if reply.text] == []
    assert "老陈" not in await chat.card(1)


@pytest.mark.parametrize("typed", ["撤回了一条消息", "我不要了吗", "退出接龙了吗", "改2个字", "少要点"])
async def test_talk_near_those_words_stays_quiet_for_one_on_the_list(typed: str) -> None:
    chat = await _on_the_list()

    replies = await chat.say("eve", typed)

    assert [reply.text for reply in replies if reply.text] == []
    assert "2. Eve ×3" in await chat.card(1)


async def test_the_organisers_cancel_of_the_list_still_asks_to_call_it_off() -> None:
    chat = await _on_the_list()

    said = Chat.said(await chat.say("amy", "取消接龙", name="李姐"))

    assert said == (
        "将取消 芒果（#1），已有 2 人跟团（4 份），每人会收到私信。"
        "现在还没有任何改动，确认就发：取消 #1 确认 接龙"
    )
    assert "2. Eve ×3" in await chat.card(1)

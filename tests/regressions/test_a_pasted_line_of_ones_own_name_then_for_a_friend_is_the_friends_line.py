"""h_x #2: a pasted 接龙 line with the sender's own name and then whom it is for, `2. 老陈 帮刘姐 1`, was
taken as his own order: `老陈 跟团：1 × 芒果（#1）…名单上的“刘姐”没有加上…请发 +1 帮 刘姐`, so following that
advice he held 2 when he wanted 1 for 刘姐; `3. 老陈 2盒⏎4. 老陈 帮隔壁刘姐 1盒` ended ×1 for him. Now that
line is the friend's, as `+1 帮 刘姐` (the same line without his name, `帮刘姐 1`, always was), and with his
own line above it his own line is joined and the friend's named with the join that adds it."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import NAMES, Chat, fake_chat


@pytest.fixture
def names(monkeypatch: pytest.MonkeyPatch) -> None:
    for user, name in {"amy": "李姐", "bob": "小王", "dan": "老陈"}.items():
        monkeypatch.setitem(NAMES, user, name)


async def _mangoes() -> Chat:
    chat = fake_chat()
    chat.platform = "wechat"
    await chat.say("amy", "接龙 芒果 价格 30 截止 明晚8点")
    await chat.say("bob", "+1")
    return chat


@pytest.mark.usefixtures("names")
@pytest.mark.parametrize("pasted", ["1. 小王 1\n2. 老陈 帮刘姐 1", "#接龙 芒果\n1. 小王 1\n2. 老陈 帮刘姐 1"])
async def test_a_pasted_line_of_ones_own_name_then_for_a_friend_is_the_friends_line(pasted: str) -> None:
    chat = await _mangoes()

    replies = await chat.say("dan", pasted)

    assert Chat.said(replies) == "老陈 帮 刘姐 跟团：1 × 芒果（#1）。当前 ¥30/份。"
    assert (await chat.card(1)).endswith(
        "已订 2\n截止：11月24日 周二 20:00\n\n1. 小王 ×1\n2. 老陈 帮 刘姐 ×1"
    )


@pytest.mark.usefixtures("names")
async def test_his_own_line_above_is_his_and_the_friends_is_named_with_its_join() -> None:
    chat = await _mangoes()

    replies = await chat.say("dan", "1. 小王 1\n2. 老陈 2盒\n3. 老陈 帮隔壁刘姐 1盒")

    assert Chat.said(replies) == (
        "老陈 跟团：2 × 芒果（#1）。当前 ¥30/份。名单上的“隔壁刘姐”没有加上（贴名单只加你自己的一行）："
        "要帮 TA 跟团，请发 +1盒 帮 隔壁刘姐"
    )
    await chat.say("dan", "+1盒 帮 隔壁刘姐")
    assert (await chat.card(1)).endswith("1. 小王 ×1\n2. 老陈 ×2\n3. 老陈 帮 隔壁刘姐 ×1")


async def test_in_english_a_pasted_line_of_ones_own_name_for_a_friend_is_the_friends() -> None:
    chat = await _mangoes_en()

    replies = await chat.say("dan", "1. Bob 1\n2. Dan for Ann 1")

    assert Chat.said(replies) == "Dan joined for Ann: 1 × Mangoes (#1). Now ¥30 each."
    assert (await chat.card(1)).endswith("1. Bob ×1\n2. Dan for Ann ×1")


async def _mangoes_en() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 30")
    await chat.say("bob", "+1")
    return chat

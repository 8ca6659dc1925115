"""Session 28's reviews: `小王 +1 小李 +1` (several names on one line, the 接龙 list habit) was silent.
As `帮小王 +1 帮 小李` always was, it joins nothing and is answered with the joins to send one by one, each
a friend's line (`+1 帮 小王`), hers a plain `+1`; three or more are listed. Products before their counts
(`芒果+1 鸡蛋+2`) keep their own answer, and a word that is no person's (`排队+1 小李+1`) stays talk."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _open(*titles: str) -> tuple[Chat, FakeUnitOfWorkFactory]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    for title in titles or ("接龙 芒果 价格 45",):
        await chat.say("amy", title)
    return chat, factory


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "小王 +1 小李 +1",
            "一条消息请只报一个人：先发“+1 帮 小王”，再单独发一条“+1 帮 小李”。没有任何改动。",
        ),
        ("我 +1 小李 +2", "一条消息请只报一个人：先发“+1”，再单独发一条“+2 帮 小李”。没有任何改动。"),
        ("老公+1 我+1", "一条消息请只报一个人：先发“+1 帮 老公”，再单独发一条“+1”。没有任何改动。"),
        (
            "@王阿姨 +1 @Kim +1",
            "一条消息请只报一个人：先发“+1 帮 王阿姨”，再单独发一条“+1 帮 Kim”。没有任何改动。",
        ),
        (
            "小王+1 小李+2 张阿姨+1",
            "一条消息请只报一个人，请分开发：“+1 帮 小王”、“+2 帮 小李”、“+1 帮 张阿姨”，"
            "一条一条发。没有任何改动。",
        ),
    ],
)
async def test_several_people_on_one_line_get_the_joins_to_send(text: str, said: str) -> None:
    for titles in (("接龙 芒果 价格 45",), ("接龙 芒果 价格 45", "接龙 鸡蛋 价格 20")):
        chat, factory = await _open(*titles)
        assert chat.said(await chat.say("bob", text)) == said
        assert factory.state.lines.get(1, {}) == {}


async def test_products_before_their_counts_keep_their_answer() -> None:
    chat, _ = await _open("接龙 芒果 价格 45", "接龙 鸡蛋 价格 20")
    said = chat.said(await chat.say("bob", "芒果+1 鸡蛋+2"))
    assert said == "一条消息请只报一样东西：先发“+1 芒果”，再单独发一条“+2 鸡蛋”。没有任何改动。"


@pytest.mark.parametrize("text", ["排队+1 小李+1", "芒果+1 鸡蛋+2"])
async def test_no_person_named_stays_talk(text: str) -> None:
    chat, _ = await _open()
    assert [reply for reply in await chat.say("bob", text) if reply.text] == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "@Kim +1 @Jo +2",
            "One person per message, please: send “+1 for Kim”, then “+2 for Jo” as a message of its own. "
            "Nothing was changed.",
        ),
        (
            "@Kim +1 @Jo +2 @Al +1",
            "One person per message, please: send “+1 for Kim”, “+2 for Jo” and “+1 for Al”, "
            "each as a message of its own. Nothing was changed.",
        ),
    ],
)
async def test_several_members_mentioned_in_english_get_the_joins_in_english(text: str, said: str) -> None:
    chat, factory = await _open("/groupbuy Mangos price 5")
    assert chat.said(await chat.say("bob", text)) == said
    assert factory.state.lines.get(1, {}) == {}

"""rep46 finding 5: common ways a buyer joins on a phone were silent: the emoji heavy plus (`➕1`), the
接龙 style with a name before the count (`王阿姨 +2`, `王阿姨 2箱`: her own line; `小李 +2`: the friend's), a
join with a phone's fillers (`给我来两箱`, `那个芒果给我来两箱吧谢谢`, `嗯嗯要两个🥭🥭`), and `2箱` alone on a
group buy sold by the 份. Each now joins, and what stays talk (`排队 +1`, `20箱`) still does."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

WANG = "王阿姨"


async def _open(title: str = "接龙 芒果 价格 45") -> tuple[Chat, FakeUnitOfWorkFactory]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", title)
    return chat, factory


def _lines(factory: FakeUnitOfWorkFactory) -> list[tuple[str, str, int]]:
    lines = [line for held in factory.state.lines.values() for line in held.values()]
    return sorted((line.user_id, line.friend, line.quantity) for line in lines)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("➕1", "王阿姨 跟团：1 × 芒果（#1）。当前 ¥45/份。"),
        ("➕2", "王阿姨 跟团：2 × 芒果（#1）。当前 ¥45/份。"),
        ("王阿姨 +2", "王阿姨 跟团：2 × 芒果（#1）。当前 ¥45/份。"),
        ("王阿姨 2箱", "王阿姨 跟团：2 × 芒果（#1）。当前 ¥45/份。"),
        ("给我来两箱", "王阿姨 跟团：2 × 芒果（#1）。当前 ¥45/份。"),
        ("那个芒果给我来两箱吧谢谢", "王阿姨 跟团：2 × 芒果（#1）。当前 ¥45/份。"),
        ("嗯嗯要两个🥭🥭", "王阿姨 跟团：2 × 芒果（#1）。当前 ¥45/份。"),
        ("2箱", "王阿姨 跟团：2 × 芒果（#1）。当前 ¥45/份。"),
    ],
)
async def test_a_phone_join_joins_her_own_line(text: str, said: str) -> None:
    chat, factory = await _open()
    assert chat.said(await chat.say("wang", text, name=WANG)) == said
    quantity = 1 if text == "➕1" else 2
    assert _lines(factory) == [("wang", "", quantity)]


async def test_the_emoji_minus_leaves() -> None:
    chat, factory = await _open()
    await chat.say("wang", "➕2", name=WANG)
    said = chat.said(await chat.say("wang", "➖1", name=WANG))
    assert said == "王阿姨 现在是 1 × 芒果（#1）。当前 ¥45/份。"
    assert _lines(factory) == [("wang", "", 1)]


async def test_a_name_of_someone_else_before_the_count_is_the_friends_line() -> None:
    chat, factory = await _open()
    await chat.say("li", "大家好", name="小李")  # a member here: 小李 is hers, never 王阿姨's 接龙 name
    said = chat.said(await chat.say("wang", "小李 +2", name=WANG))
    assert said == "王阿姨 帮 小李 跟团：2 × 芒果（#1）。当前 ¥45/份。"
    assert _lines(factory) == [("wang", "小李", 2)]


async def test_her_name_before_boxes_on_a_group_buy_sold_in_boxes() -> None:
    chat, factory = await _open("接龙 芒果 价格 45元/箱")
    said = chat.said(await chat.say("wang", "王阿姨 2箱", name=WANG))
    assert said == "王阿姨 跟团：2箱 芒果（#1）。当前 ¥45/箱。"
    assert _lines(factory) == [("wang", "", 2)]


async def test_her_english_name_before_the_count() -> None:
    chat, factory = await _open("/groupbuy Mangoes price 45")
    assert chat.said(await chat.say("bob", "Bob +2")) == "Bob is in: 2 × Mangoes (#1). Now ¥45 each."
    assert _lines(factory) == [("bob", "", 2)]


@pytest.mark.parametrize("text", ["排队 +1", "20箱", "我要两个 好吧", "好的"])
async def test_talk_stays_talk(text: str) -> None:
    chat, factory = await _open()
    replies = await chat.say("wang", text, name=WANG)
    assert "跟团：" not in " ".join(reply.text for reply in replies)
    assert _lines(factory) == []

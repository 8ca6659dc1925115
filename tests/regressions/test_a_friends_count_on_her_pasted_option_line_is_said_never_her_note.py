"""rep92 #2/#3: a friend's count on her own pasted line was dropped without a word when the group buy had
options (`4. 阿强 小盒1 帮老婆 小盒2`, `我妈 小盒1`, `+ 老婆 小盒2`, `（老婆 小盒2）` asked which option,
`Sam veg 1 + sister veg 1`), and where it was said (`王阿姨 1盒 帮女儿 1盒`) it stayed on her line as a
note (`3. 王阿姨 1盒 · 帮女儿 1盒`), so whoever read the 名单 counted the daughter's box. Each is said as
not added with the exact join (with the option), which adds it; her line carries no note of it."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, chat_in, fake_chat

ZONGZI = "接龙 粽子 规格 大盒:68:5,小盒:38 限购 3 截止 明天20:00"
HEAD = "#接龙 粽子\n1. 小美 大盒1\n2. 张叔 小盒2\n"


async def _zongzi() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", ZONGZI, name="李姐")
    return chat


@pytest.mark.parametrize(
    ("line", "friend", "example"),
    [
        ("3. 阿强 小盒1 帮老婆 小盒2", "老婆", "+2 小盒 帮 老婆"),
        ("3. 阿强 小盒1 我妈 小盒1", "我妈", "+1 小盒 帮 我妈"),
        ("3. 阿强 小盒1 + 老婆 小盒2", "老婆", "+2 小盒 帮 老婆"),
        ("3. 阿强 小盒1（老婆 小盒2）", "老婆", "+2 小盒 帮 老婆"),
        ("3. 阿强 小盒1 帮妈妈 1", "妈妈", "+1 小盒 帮 妈妈"),
    ],
)
async def test_a_friends_count_on_her_option_line_is_said_with_its_join(
    line: str, friend: str, example: str
) -> None:
    chat = await _zongzi()

    reply = chat.said(await chat.say("aqiang", HEAD + line, name="阿强"))

    assert reply.startswith("阿强 跟团：1 × 粽子 小盒（#1）"), reply
    assert "备注" not in reply and "要哪个规格" not in reply, reply
    assert f"“{friend}”没有加上" in reply and reply.endswith(f"请发 {example}"), reply
    card = await chat.card(1)
    assert card.endswith("1. 阿强 小盒 ×1"), card  # no note, the friend's box nowhere

    added = chat.said(await chat.say("aqiang", example, name="阿强"))

    assert f"帮 {friend.removeprefix('我')}" in added and "小盒" in added, added  # 我妈: 妈妈
    assert "要哪个规格" not in added, added


async def test_a_friends_count_when_she_is_already_on_it_is_said() -> None:
    chat = await _zongzi()
    await chat.say("aqiang", "+1 小盒", name="阿强")

    reply = chat.said(await chat.say("aqiang", HEAD + "3. 阿强 小盒1 帮老婆 小盒2", name="阿强"))

    assert reply.startswith("你已经在名单上了：粽子 小盒（#1）×1"), reply
    assert reply.endswith("“老婆”没有加上（贴名单只加你自己的一行）：要帮 TA 跟团，请发 +2 小盒 帮 老婆"), (
        reply
    )


async def test_a_friends_count_not_joined_is_never_her_lines_note() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", "接龙 土鸡蛋 45元/盒 限购 3 库存 10 截止 明天20:00", name="李姐")

    reply = chat.said(
        await chat.say(
            "wang", "#接龙 土鸡蛋\n1. 小美 2盒\n2. 张叔 1盒\n3. 王阿姨 1盒 帮女儿 1盒", name="王阿姨"
        )
    )

    assert reply.startswith("王阿姨 跟团：1盒 土鸡蛋（#1）。"), reply
    assert "备注" not in reply and reply.endswith("请发 +1 帮 女儿"), reply
    card = await chat.card(1)
    assert card.endswith("1. 王阿姨 1盒"), card
    assert "女儿" not in chat.said(await chat.say("wang", "名单 #1", name="王阿姨"))


@pytest.mark.parametrize(
    ("line", "friend", "example"),
    [
        ("2. Sam veg 1 + sister veg 1", "sister", "+1 veg for sister"),
        ("2. Sam veg 1 (for my sister 1)", "my sister", "+1 veg for my sister"),
    ],
)
async def test_in_english_the_friends_count_is_said_with_the_option(
    line: str, friend: str, example: str
) -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Dumplings options pork:20:3,veg:18 limit 3 ends tomorrow 20:00")

    reply = chat.said(await chat.say("sam", "#接龙 Dumplings\n1. Amy pork 1\n" + line, name="Sam"))

    assert reply.startswith("Sam is in: 1 × Dumplings veg (#1)."), reply
    assert "Note" not in reply and f"“{friend}” on the list was not added" in reply, reply
    assert reply.endswith(f"send {example}"), reply
    card = await chat.card(1)
    assert card.endswith("1. Sam veg ×1"), card

    added = chat.said(await chat.say("sam", example, name="Sam"))

    assert friend.removeprefix("my ") in added and "veg" in added and "Which option" not in added, added

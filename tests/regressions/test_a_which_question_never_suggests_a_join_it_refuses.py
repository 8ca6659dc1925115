"""Round 30 (new 3): with two open, `加1加1 要三份 谢谢团长❤️` was asked which group buy with the example
`+1 #1 加1 要三份`; sent exactly, it was refused (`你写了 +1 和“要三份”…`). The which-question's examples
carry the count the note asks for (`+3 #1`), no count and no `加1` left in the note, and each example
(and the answer by number or name it offers) joins that count when sent."""

from __future__ import annotations

import re

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_open_zh() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 78 截止 2小时")
    await chat.say("amy", "接龙 桃子 价格 30 截止 2小时")
    return chat


async def _two_open_en() -> Chat:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 30 ends 2h")
    await chat.say("amy", "/groupbuy Durian price 60 ends 2h")
    return chat


@pytest.mark.parametrize(
    ("typed", "examples"),
    [
        ("加1加1 要三份 谢谢团长❤️", "海南贵妃芒 5斤发 +3 #1，桃子发 +3 #2"),
        ("+1 要三份", "海南贵妃芒 5斤发 +3 #1，桃子发 +3 #2"),
        ("+1 帮 小王 要三份", "海南贵妃芒 5斤发 +3 #1 帮 小王，桃子发 +3 #2 帮 小王"),
        ("+1 3号楼 两份", "海南贵妃芒 5斤发 +2 #1 3号楼，桃子发 +2 #2 3号楼"),
    ],
)
async def test_each_chinese_example_is_joined_when_sent(typed: str, examples: str) -> None:
    asked = Chat.said(await (await _two_open_zh()).say("ivy", typed))

    assert f"请带上编号：{examples}（也可以直接回复编号或名称）" in asked, asked
    for sent in re.findall(r"发 (\+[^，（]+)", examples):
        chat = await _two_open_zh()
        await chat.say("ivy", typed)

        said = Chat.said(await chat.say("ivy", sent))

        count = sent.split()[0][1:]
        assert re.match(rf"Ivy (帮 小王 )?跟团：{count} × ", said), (sent, said)


@pytest.mark.parametrize(("answer", "title"), [("1", "海南贵妃芒 5斤（#1）"), ("桃子", "桃子（#2）")])
async def test_answering_the_question_joins_the_count_asked_for(answer: str, title: str) -> None:
    chat = await _two_open_zh()
    await chat.say("ivy", "加1加1 要三份 谢谢团长❤️")

    said = Chat.said(await chat.say("ivy", answer))

    assert said.startswith(f"Ivy 跟团：3 × {title}。"), said


async def test_each_english_example_is_joined_when_sent() -> None:
    asked = Chat.said(await (await _two_open_en()).say("zoe", "+1 3 in total"))

    assert "(Lychees: +3 #1; Durian: +3 #2)" in asked, asked
    for sent, title in (("+3 #1", "Lychees (#1)"), ("+3 #2", "Durian (#2)")):
        chat = await _two_open_en()
        await chat.say("zoe", "+1 3 in total")

        said = Chat.said(await chat.say("zoe", sent))

        assert said.startswith(f"Zoe is in: 3 × {title}."), said

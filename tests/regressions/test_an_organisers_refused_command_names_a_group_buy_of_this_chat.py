"""Session 22 left organiser commands refused for bad input with a fixed example: `自提 #7 3号门` (no #7
here) was told `例如：发“进度”查看进行中的团`, `佣金 #1 abc` `佣金 #12 2.5%`, `代报 3` `代报 #12 王阿姨 2`,
though #12 was no group buy of the chat. The example now names a real one of this chat: the number she
typed when it is here, else her own (the newest open), else the newest; in the command word she typed
(`自提点`, `分享佣金`). Nothing is changed."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def two_open(lang: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    await chat.say("amy", "接龙 鸡蛋 价格 12" if lang == "zh" else "/groupbuy Eggs price 12")  # #1, hers
    await chat.say("bob", "接龙 牛奶 价格 5" if lang == "zh" else "/groupbuy Milk price 5")  # #2, newer
    return chat


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "自提 #7 3号门",
            "这个群里没有团购 #7，没有任何改动。请用卡片上的编号，例如：自提 #1 3号门",  # her place kept
        ),
        (
            "自提点 #7 3号门",
            "这个群里没有团购 #7，没有任何改动。请用卡片上的编号，例如：自提点 #1 3号门",
        ),
        ("自提 #1", "请写上自提地点和时间。例如：自提 #1 小区南门 明天下午5点"),
        ("佣金 #9 5%", "这个群里没有团购 #9，没有任何改动。请用卡片上的编号，例如：佣金 #1 5%"),
        (
            "分享佣金 #1 abc",
            "“abc”不是分享佣金比例，没有任何改动。"
            "佣金请写 0 到 50 之间的百分比，例如：分享佣金 5%，或 分享佣金 #1 2.5%（0 为关闭）。",
        ),
        ("代报 #7 王阿姨 2", "这个群里没有团购 #7，没有任何改动。请用卡片上的编号，例如：代报 #1 王阿姨 2"),
        ("代报 3", "“3”不是名字，没有任何改动。请先写名字再写份数：代报 王阿姨 2（或 代报 #1 王阿姨 2）。"),
    ],
)
async def test_a_chinese_refusal_names_her_group_buy_in_the_word_she_typed(typed: str, said: str) -> None:
    chat = await two_open("zh")
    card = await chat.card(1)

    assert chat.said(await chat.say("amy", typed)) == said
    assert await chat.card(1) == card


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "/pickup #7 Gate 3",
            "There is no group buy #7 in this chat: nothing was changed. "
            "Use the number on its card, e.g. /pickup #1 Gate 3",  # her place kept
        ),
        ("/pickup #1", "Name the pickup point and time. Example: /pickup #1 Gate 3 tomorrow 17:00"),
        (
            "/commission #9 5%",
            "There is no group buy #9 in this chat: nothing was changed. "
            "Use the number on its card, e.g. /commission #1 5%",
        ),
        (
            "/commission #1 abc",
            "“abc” is not a sharers' rate, so nothing was changed. "
            "Write it as a percent from 0 to 50, e.g. /commission 5% or /commission #1 2.5% (0 stops it).",
        ),
        (
            "/add #7 Wang 2",
            "There is no group buy #7 in this chat: nothing was changed. "
            "Use the number on its card, e.g. /add #1 Wang 2",
        ),
        (
            "/add 3",
            "“3” is not a name: nothing was changed. Write the buyer's name, then how many: /add Aunt Wang 2 "
            "(or /add #1 Aunt Wang 2).",
        ),
    ],
)
async def test_an_english_refusal_names_her_group_buy(typed: str, said: str) -> None:
    chat = await two_open("en")
    card = await chat.card(1)

    assert chat.said(await chat.say("amy", typed)) == said
    assert await chat.card(1) == card


async def test_the_other_organisers_example_names_his_own() -> None:
    chat = await two_open("zh")

    assert chat.said(await chat.say("bob", "代报 #7 王阿姨 2")) == (
        "这个群里没有团购 #7，没有任何改动。请用卡片上的编号，例如：代报 #2 王阿姨 2"
    )


async def test_an_unknown_order_is_answered_with_one_of_hers_she_could_mark() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 鸡蛋 规格 大:10,小:8")
    options = chat.said(await chat.say("amy", "修改 #1 规格 大:9"))
    await chat.say("bob", "+1 大")
    await chat.say("amy", "截单")

    paid = chat.said(await chat.say("amy", "已收 99-9"))
    english = chat.said(await chat.say("amy", "/paid 99-9"))

    assert "写上规格名：修改 #1 5斤 价格 80 库存 30（价格只能降）" in options
    assert paid == "这里没有订单 #99-9。例如：已收 1-1（订单消息里的编号）"
    assert english == "这里没有订单 #99-9。例如：/paid 1-1（订单消息里的编号）"

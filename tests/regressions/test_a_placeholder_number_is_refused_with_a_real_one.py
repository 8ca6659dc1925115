"""An organiser copying an example's `#N` (`自提 #N 3号门`, `代报 #N 王阿姨 2`, `修改 #N 价格 10`) had it
read as text: the pickup became "#N 3号门", a guest "#N 王阿姨" was added and the group buy was renamed
"#N". A `#` before no number is refused, nothing changed, with the command's example naming her group buy
here."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("typed", "example"),
    [
        ("自提 #N 3号门 明天5点", "自提 #1 3号门 明天5点"),
        ("代报 #N 王阿姨 2", "代报 #1 王阿姨 2"),
        ("修改 #N 价格 10", "修改 #1 价格 10"),
        ("收款方式 #N 微信转账", "收款方式 #1 微信转账"),
    ],
)
async def test_a_placeholder_in_chinese_changes_nothing(typed: str, example: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 鸡蛋 价格 12")
    card = await chat.card(1)

    said = chat.said(await chat.say("amy", typed))

    assert said == f"“#N”不是团号，没有任何改动。请写卡片上的编号，例如：{example}"
    assert await chat.card(1) == card


async def test_a_placeholder_in_english_changes_nothing() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12")
    card = await chat.card(1)

    pickup = chat.said(await chat.say("amy", "/pickup #N Gate 3"))
    add = chat.said(await chat.say("amy", "/add #x Wang 2"))

    assert pickup == (
        "“#N” is not a group buy's number: nothing was changed. "
        "Write the number on its card, e.g. /pickup #1 Gate 3"
    )
    assert add == (
        "“#x” is not a group buy's number: nothing was changed. "
        "Write the number on its card, e.g. /add #1 Wang 2"
    )
    assert await chat.card(1) == card

"""A leave the bot cannot read (`/leave #lots`, `/退出 很多 很多 很多 很多`) in a group where no group buy
ever ran answered `Write it like: … or /leave #12`: a number made up, naming nothing here. There it now
says there is no group buy here to leave; where one ran, the form still names its number."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_leave_with_no_group_buy_here_says_there_is_none_to_leave() -> None:
    chat = fake_chat()

    en = chat.said(await chat.say("eve", "/leave #lots"))
    zh = chat.said(await chat.say("eve", "/退出 很多 很多 很多 很多"))

    assert en == (
        "There is no group buy in this chat to leave: nothing was changed. "
        "Start one: /groupbuy Mangoes price 88"
    )
    assert zh == "这个群里还没有团购，没有可以退出的，没有任何改动。开团请发：接龙 海南贵妃芒 价格 88"
    assert "#12" not in en + zh


async def test_where_one_ran_the_form_names_its_number() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 截止 3d")

    said = chat.said(await chat.say("eve", "/leave #lots"))

    assert said == "Write it like: -1 (one fewer), /leave (off the list) or /leave #1"

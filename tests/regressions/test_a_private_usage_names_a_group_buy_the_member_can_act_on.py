"""A command typed without its arguments in a private chat (`代报`, `/remind`, `/edit`, `截单`, a
question naming no group buy) was answered with `#12` as its example number, a group buy the member
may not run, may not be able to see, or that may not exist. Its example now names a real one she can
act on: an organiser's command her newest open group buy (else her newest), a question the newest open
in a group she is in; with none, `#N`, which looks like no real number (and, copied, is told so)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def three_group_buys() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("kim", "接龙 荔枝 价格 30")
    await chat.say("amy", "接龙 苹果 价格 20")
    await chat.say("amy", "取消 #3")  # her newest is called off: her newest open is #1
    await chat.say("bob", "+1 #1")
    return chat


async def test_an_organisers_private_usage_names_her_newest_open_group_buy() -> None:
    chat = await three_group_buys()

    assert chat.said(await chat.say("amy", "代报 王阿姨 2", private=True)) == (
        "私聊里请写团号，例如：代报 #1 王阿姨 2（团号在卡片标题里）。没有任何改动。"
    )
    assert chat.said(await chat.say("amy", "截单", private=True)) == (
        "私聊里请写团号，例如：截单 #1（团号在卡片标题里）。没有任何改动。"
    )
    assert chat.said(await chat.say("amy", "催款", private=True)) == "请这样写：催款 #1（要提醒付款的团）"
    assert chat.said(await chat.say("kim", "截单", private=True)) == (
        "私聊里请写团号，例如：截单 #2（团号在卡片标题里）。没有任何改动。"
    )


async def test_in_english_too() -> None:
    chat = await three_group_buys()  # groups speaking Chinese: a slash command alone follows an English app

    assert chat.said(await chat.say("amy", "/edit", private=True, language="en")) == (
        "Edit a group buy with the keywords you opened it with, e.g. /edit #1 price 80 stock 30 limit 4 "
        "ends tomorrow 20:00 pickup Gate 3. Nothing was changed."
    )
    assert chat.said(await chat.say("amy", "/remind", private=True, language="en")) == (
        "Write it like: /remind #1 (the group buy whose buyers should pay)"
    )
    assert chat.said(await chat.say("kim", "/close", private=True, language="en")) == (
        "In a private chat, name the group buy by its number, e.g. /close #2 (the number is on its card). "
        "Nothing was changed."
    )


async def test_a_question_in_private_names_the_newest_open_in_her_groups() -> None:
    chat = await three_group_buys()

    assert chat.said(await chat.say("bob", "什么时候截单？", private=True)) == (
        "私聊里问团购请带上团号，例如：问 #2 什么时候截单。"
    )
    assert chat.said(await chat.say("bob", "how much is it?", private=True)) == (
        "In a private chat, name the group buy, for example: /ask #2 how much."
    )


async def test_with_none_to_name_the_example_looks_like_no_real_number() -> None:
    chat = await three_group_buys()  # Zed runs none and is in no group the bot knows

    assert chat.said(await chat.say("zed", "截单", private=True)) == (  # review 33: she organises none
        "只有团长才能用 截单，你还没有开过团购，没有任何改动。要退出自己跟的团，在群里发 退出。"
    )
    assert chat.said(await chat.say("zed", "/remind", private=True)) == (
        "Only a group buy's organiser uses /remind, and you have not organised one: nothing was changed. "
        "To see your own orders, send /orders."
    )
    assert chat.said(await chat.say("zed", "什么时候截单？", private=True)) == (
        "私聊里问团购请带上团号，例如：问 #N 什么时候截单。"
    )
    assert chat.said(await chat.say("zed", "/ask when does it close", private=True)) == (
        "In a private chat, name the group buy, for example: /ask #N when does it close."
    )
    assert chat.said(await chat.say("zed", "导出", private=True)) == (
        "你还没有开过团，没有可导出的名单。开团后发“导出 #N”（N 是团的编号），名单文件会发到这里。"
    )


async def test_an_examples_number_copied_by_one_with_none_is_not_answered_with_it_again() -> None:
    chat = await three_group_buys()

    assert chat.said(await chat.say("zed", "代报 #N 王阿姨 2", private=True)) == (
        "“#N”不是团号，没有任何改动。请写卡片上的编号。"
    )
    assert chat.said(await chat.say("zed", "/add #N Aunt Wang 2", private=True)) == (
        "“#N” is not a group buy's number: nothing was changed. Write the number on its card."
    )
    assert chat.said(await chat.say("amy", "代报 #N 王阿姨 2", private=True)) == (
        "“#N”不是团号，没有任何改动。请写卡片上的编号，例如：代报 #1 王阿姨 2"
    )

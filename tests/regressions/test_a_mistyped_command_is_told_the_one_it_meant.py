"""`/lsit`, `/ordres`, `/grupbuy Kiwis price 20` were told only "I don't know the command": the member
had to find the right word in /help and type it all again. The command word it most likely meant is
now suggested; a word like none of them gets the plain answer."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_mistyped_command_is_told_the_one_it_meant() -> None:
    chat = fake_chat(default_language="en")
    for typed, meant in (("/lsit", "list"), ("/ordres", "orders"), ("/grupbuy Kiwis price 20", "groupbuy")):
        said = chat.said(await chat.say("amy", typed))
        word = typed.split()[0]
        assert said == (
            f"I don't know the command {word}. Did you mean /{meant}? Send /help to see what I understand."
        ), said
    assert "Kiwis" not in chat.said(await chat.say("amy", "/status"))  # the mistyped /grupbuy opened nothing


async def test_a_word_like_no_command_gets_the_plain_answer() -> None:
    chat = fake_chat(default_language="en")
    said = chat.said(await chat.say("amy", "/xyzzy"))
    assert said == "I don't know the command /xyzzy. Send /help to see what I understand."


async def test_in_chinese_the_suggestion_is_said_in_chinese() -> None:
    chat = fake_chat(default_language="zh")
    said = chat.said(await chat.say("amy", "/我的定单"))
    assert said == "我不认识 /我的定单 这个命令，是想发 /我的订单 吗？发“帮助”看看我能做什么。"

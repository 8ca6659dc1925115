"""`种草 这个面膜  好用` (two spaces) was posted as a new note although the member had just posted
`种草 这个面膜好用`: spacing and punctuation made a repeat look new. They no longer do."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize("again", ["种草 这个面膜  好用", "种草 这个面膜好用！", "种草 这个 面膜 好用。"])
async def test_the_same_words_spaced_or_punctuated_differently_are_a_repeat(again: str) -> None:
    chat = fake_chat()
    await chat.say("bob", "种草 这个面膜好用")
    assert chat.said(await chat.say("bob", again)) == "这条和你的笔记 #1 一模一样，没有再发。"

"""Session 26 (report 37, finding 8): `+1 #2 帮我妈也来一份` made a friend named "我妈也来",
`+1 给 @Kim 带一份` a friend "@Kim" with the note 带一份, `+1 @Cat` a note "@Cat", and
`帮我同事小王也报一份 #2` was not read at all. The words around a friend's name are no part of it:
a verb and a count after it (也来一份, 带一份, 也报一份) are the friend's count, a role word after
我 gives way to the name (我同事小王: 小王), a mention is its name without `@`, and a mention alone
after a join is the friend it is for (the organiser or herself mentioned: her own line)."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

ROSES = "接龙 阳光玫瑰 2斤装 价格 68"


@pytest.mark.parametrize(
    ("said", "answer", "line"),
    [
        ("+1 #1 帮我妈也来一份", "Ray 帮 妈妈 跟团：1 × 阳光玫瑰 2斤装（#1）。", "Ray 帮 妈妈 ×1"),
        ("+1 #1 帮我同事小王也报一份", "Ray 帮 小王 跟团：1 × 阳光玫瑰 2斤装（#1）。", "Ray 帮 小王 ×1"),
        ("帮我同事小王也报一份 #1", "Ray 帮 小王 跟团：1 × 阳光玫瑰 2斤装（#1）。", "Ray 帮 小王 ×1"),
        ("帮我妈也来两份", "Ray 帮 妈妈 跟团：2 × 阳光玫瑰 2斤装（#1）。", "Ray 帮 妈妈 ×2"),
        ("+1 #1 给 @Kim 带一份", "Ray 帮 Kim 跟团：1 × 阳光玫瑰 2斤装（#1）。", "Ray 帮 Kim ×1"),
        ("+1 @Cat", "Ray 帮 Cat 跟团：1 × 阳光玫瑰 2斤装（#1）。", "Ray 帮 Cat ×1"),
        (  # the organiser: her own line, said (s29 rep53 #10)
            "+1 @Amy",
            "Ray 跟团：1 × 阳光玫瑰 2斤装（#1）。"
            "@Amy 是团长，这份记在你自己名下；要帮别人报，请写 +1 帮 名字。",
            "Ray ×1",
        ),
        ("+1 帮阿来2份", "Ray 帮 阿来 跟团：2 × 阳光玫瑰 2斤装（#1）。", "Ray 帮 阿来 ×2"),  # 阿来, a name
    ],
)
async def test_a_friends_join_in_words_is_the_friends_line(said: str, answer: str, line: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", ROSES)

    reply = chat.said(await chat.say("ray", said))

    assert reply == f"{answer}当前 ¥68/份。"
    assert (await chat.card(1)).endswith(f"\n\n1. {line}")


async def test_a_mention_for_a_friend_in_english_is_the_friends_line() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "/groupbuy Mangoes price 20")

    reply = chat.said(await chat.say("ray", "+1 for @Kim"))

    assert reply == "Ray joined for Kim: 1 × Mangoes (#1). Now ¥20 each."
    assert (await chat.card(1)).endswith("\n\n1. Ray for Kim ×1")


async def test_a_count_asked_in_a_note_after_the_friend_still_changes_nothing() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", ROSES)

    reply = chat.said(await chat.say("ray", "+1 帮 小王 要三份"))

    assert "没有任何改动" in reply, reply
    assert (await chat.card(1)).endswith("还没有人跟团，发 +1 抢第一个")

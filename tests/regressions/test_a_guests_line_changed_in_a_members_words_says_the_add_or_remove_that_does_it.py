"""h_x #3: after `代报 王阿姨 3`, the organiser's `王阿姨 -1` and `-1 帮 王阿姨` were told
`你在 芒果（#1）没有帮 王阿姨 报的，没有可以撤的` (she had put her down, by 代报), and `王阿姨不要了`
`只有 王阿姨 本人能改 TA 在 芒果（#1）的接龙…请 TA 自己发 改成0份`, though 王阿姨 is a guest, never in the
group. A guest's line is the organiser's 代报, apart from the lines members put down for friends
(`+1 帮 X`): each is now answered, nothing changed, with the command that does it
(`代报 #1 王阿姨 改成2份`, `踢出 #1 王阿姨`), and anyone else told that only the organiser changes it."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import NAMES, Chat, fake_chat


@pytest.fixture
def names(monkeypatch: pytest.MonkeyPatch) -> None:
    for user, name in {"amy": "李姐", "bob": "小王", "cat": "张阿姨"}.items():
        monkeypatch.setitem(NAMES, user, name)


LOWER = (
    "王阿姨 是代报的，在 芒果（#1）报了 3 份，没有任何改动。要改成 {n} 份就发 代报 #1 王阿姨 改成{n}份；"
    "要整行移出就发 踢出 #1 王阿姨。"
)
OFF = "王阿姨 是代报的，在 芒果（#1）报了 3 份，没有任何改动。要把 王阿姨 移出名单就发 踢出 #1 王阿姨。"
SAID = [
    ("amy", "王阿姨 -1", LOWER.format(n=2)),
    ("amy", "-1 帮 王阿姨", LOWER.format(n=2)),
    ("amy", "王阿姨改成1份", LOWER.format(n=1)),
    ("amy", "王阿姨不要了", OFF),
    ("amy", "退出 帮 王阿姨", OFF),
    ("cat", "王阿姨不要了", "王阿姨 是 李姐 代报的，只有 李姐 能改 TA 在 芒果（#1）的接龙，没有任何改动。"),
    ("cat", "-1 帮 王阿姨", "王阿姨 是 李姐 代报的，只有 李姐 能改 TA 在 芒果（#1）的接龙，没有任何改动。"),
]


@pytest.mark.usefixtures("names")
@pytest.mark.parametrize(("who", "typed", "said"), SAID)
async def test_a_guests_line_changed_in_a_members_words_says_the_add_or_remove_that_does_it(
    who: str, typed: str, said: str
) -> None:
    chat = fake_chat()
    chat.platform = "wechat"
    await chat.say("amy", "接龙 芒果 价格 30 截止 明晚8点")
    await chat.say("bob", "+1")
    await chat.say("amy", "代报 王阿姨 3")

    replies = await chat.say(who, typed)

    assert Chat.said(replies) == said
    assert (await chat.card(1)).endswith("1. 小王 ×1\n2. 王阿姨 ×3（李姐 代报）")


async def test_in_english_the_organiser_is_told_the_add_that_sets_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 30")
    await chat.say("amy", "/add Li 3")

    assert Chat.said(await chat.say("amy", "-1 for Li")) == (
        "Li was added with /add and has 3 units on Mangoes (#1). Nothing was changed. To make it 2, send"
        " /add #1 Li make it 2; to take the line off, send /remove #1 Li."
    )
    assert Chat.said(await chat.say("cat", "-1 for Li")) == (
        "Li was added by Amy: only Amy can change that line on Mangoes (#1). Nothing was changed."
    )
    assert (await chat.card(1)).endswith("1. Li ×3 (added by Amy)")

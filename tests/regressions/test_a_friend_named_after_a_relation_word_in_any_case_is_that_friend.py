"""`+1 for my neighbour bob` (lower case) was a line for "neighbour" with the note "bob": only a
capitalised name after a relation word was the friend's. After a relation word that is never a name
itself (neighbour / neighbor / friend / colleague…, in any case) the next word is the friend's name in any
case; `for my mum large` stays mum's line of large, `for my friend large` the friend's. In Chinese
`帮我邻居`, `给我朋友 +1` name 邻居, 朋友 as `帮我妈` names 妈妈."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _open(lang: str) -> Chat:
    chat = fake_chat()
    await chat.say("amy", f"/lang {lang}")
    await chat.say("amy", "/groupbuy Kaya price 12" if lang == "en" else "接龙 烟台苹果 价格 12")
    return chat


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("+1 for my neighbour bob", "Cat joined for bob: 1 × Kaya (#1). Now ¥12 each."),
        ("+1 for my neighbor ann", "Cat joined for ann: 1 × Kaya (#1). Now ¥12 each."),
        ("+1 For My Friend joe", "Cat joined for joe: 1 × Kaya (#1). Now ¥12 each."),
        ("+1 for my colleague li gate B", "Cat joined for li: 1 × Kaya (#1). Note: gate B. Now ¥12 each."),
        ("for my neighbour bob +1", "Cat joined for bob: 1 × Kaya (#1). Now ¥12 each."),
        ("+1 for my mum large", "Cat joined for mum: 1 × Kaya (#1). Note: large. Now ¥12 each."),
        ("+1 for my friend large", "Cat joined for friend: 1 × Kaya (#1). Note: large. Now ¥12 each."),
    ],
)
async def test_the_word_after_a_relation_word_is_the_friends_name(text: str, said: str) -> None:
    chat = await _open("en")

    assert Chat.said(await chat.say("cat", text)) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("+1 帮我邻居", "Cat 帮 邻居 跟团：1 × 烟台苹果（#1）。当前 ¥12/份。"),
        ("给我朋友 +1", "Cat 帮 朋友 跟团：1 × 烟台苹果（#1）。当前 ¥12/份。"),
        ("+1 帮我妈", "Cat 帮 妈妈 跟团：1 × 烟台苹果（#1）。当前 ¥12/份。"),
    ],
)
async def test_a_relation_word_after_wo_names_the_friend(text: str, said: str) -> None:
    chat = await _open("zh")

    assert Chat.said(await chat.say("cat", text)) == said

"""`+1 durian (need by sat)` wrote the note "durian need by sat" on the order, `+1 #6 again pls` the note
"again", `+1草莓 备注:不要太软的,谢谢` "草莓 不要太软的", `加1加1` "加1". The product's own word before
a note, a word saying "once more" and the `加1` typed twice are no note."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Durian price 68/kg ends 3d")

    dated = chat.said(await chat.say("bob", "+1 durian (need by sat)"))
    again = chat.said(await chat.say("cat", "+1 #1 again pls"))

    assert dated.startswith("Bob is in: 1 kg of Durian (#1). Note: need by sat."), dated
    assert again.startswith("Cat is in: 1 kg of Durian (#1). Now"), again
    card = await chat.card(1)
    assert "durian need" not in card and "again" not in card


async def test_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 草莓 价格 30 截止 3d")

    labelled = chat.said(await chat.say("kim", "+1草莓 备注:不要太软的,谢谢"))
    twice = chat.said(await chat.say("fay", "加1加1"))

    assert labelled.startswith("Kim 跟团：1 × 草莓（#1）。备注：不要太软的。"), labelled
    assert twice.startswith("Fay 跟团：1 × 草莓（#1）。当前"), twice


async def test_an_emoji_after_the_friend_leaves_the_note_clean() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Lychees price 12 ends 3d")

    said = chat.said(await chat.say("ann", "+1 #1 gate B, for my mum 🙏"))

    assert said.startswith("Ann joined for mum: 1 × Lychees (#1). Note: gate B. Now"), said

"""Review 76 (finding 2): Jun joined with Mei's code, then typed `+1 团1-685R` (Lin's): the unit was
added and credited to Mei without a word, and Lin believed she had brought a sale. Mei's own code
(`+1 团1-WZWA`) was accepted silently too. The join goes ahead as before; one line says why the code
earns nothing: `这个团你已经用过 Mei 的分享码，佣金归 Mei。` / `这是你自己的分享码，不算佣金。`."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import fake_chat


def _code(text: str) -> str:
    found = re.search(r"团?\d+-\w{4}", text)
    assert found is not None, text
    return found.group(0)


async def test_a_second_friends_code_names_whose_the_commission_is_zh() -> None:
    room = fake_chat()
    await room.say("ann", "接龙 鲜花饼 价格 20 成团 2")
    await room.say("ann", "佣金 10%")
    await room.say("mei", "+1")
    await room.say("lin", "+1")
    mei = _code(room.shared(await room.say("mei", "分享")))
    lin = _code(room.shared(await room.say("lin", "分享")))
    first = await room.say("jun", f"+1 {mei}")
    assert "佣金归" not in " ".join(r.text for r in first)
    room.app.clock.advance(minutes=5)  # type: ignore[attr-defined]

    second = await room.say("jun", f"+1 {lin}")

    texts = [r.text for r in second if r.text and not r.private_to]
    assert "这个团你已经用过 Mei 的分享码，佣金归 Mei。" in texts, texts
    assert any("又加 1 份，现在共 2 × 鲜花饼" in text for text in texts), texts  # joined all the same
    earnings = " ".join(r.text for r in await room.say("lin", "我的收益", private=True))
    assert "收益" in earnings and "Jun" not in earnings, earnings


async def test_her_own_code_says_it_earns_nothing_zh() -> None:
    room = fake_chat()
    await room.say("ann", "接龙 鲜花饼 价格 20 成团 2")
    await room.say("ann", "佣金 10%")
    await room.say("mei", "+1")
    mei = _code(room.shared(await room.say("mei", "分享")))

    texts = [r.text for r in await room.say("mei", f"+1 {mei}") if r.text and not r.private_to]

    assert "这是你自己的分享码，不算佣金。" in texts, texts
    assert any("现在共 2 × 鲜花饼" in text for text in texts), texts


async def test_both_are_said_in_english() -> None:
    room = fake_chat()
    await room.say("ann", "/lang en")
    await room.say("ann", "/groupbuy Flower cakes price 20 target 2")
    await room.say("ann", "/commission 10%")
    await room.say("mei", "+1")
    await room.say("lin", "+1")
    mei = _code(room.shared(await room.say("mei", "/share")))
    lin = _code(room.shared(await room.say("lin", "/share")))
    await room.say("jun", f"+1 {mei}")
    room.app.clock.advance(minutes=5)  # type: ignore[attr-defined]

    second = [r.text for r in await room.say("jun", f"+1 {lin}") if r.text and not r.private_to]
    own = [r.text for r in await room.say("mei", f"+1 {mei}") if r.text and not r.private_to]

    assert "You already used Mei's share code for this group buy, so the commission goes to Mei." in second
    assert "That is your own share code: it earns no commission." in own


async def test_a_first_friends_code_in_private_is_answered_as_before() -> None:
    room = fake_chat()
    await room.say("ann", "接龙 鲜花饼 价格 20 成团 2")
    await room.say("ann", "佣金 10%")
    await room.say("mei", "+1")
    mei = _code(room.shared(await room.say("mei", "分享")))

    replies = await room.say("xiao", f"+1 {mei}", private=True)

    assert not any("佣金" in r.text for r in replies if r.text), [r.text for r in replies]

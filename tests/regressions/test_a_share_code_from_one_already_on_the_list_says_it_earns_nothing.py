"""s36 #1: Jun was on 鲜花饼 #1's list before anyone shared it; later she typed `+1 团1-…` with Mei's code.
Commission goes on first joins only, so the code earned Mei nothing, and nobody said so: Mei believed
she had brought a sale. The join goes ahead as before; one line, where she typed it (the group, or her
private chat with the bot), says why the code earns nothing, as her own code and a second friend's do:
`你用 Mei 的分享码之前就已经跟了 #1：佣金只算第一次跟团，这次不算 Mei 的分享。`"""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat

ZH = "你用 Mei 的分享码之前就已经跟了 #1：佣金只算第一次跟团，这次不算 Mei 的分享。"


def _code(text: str) -> str:
    found = re.search(r"团?\d+-\w{4}", text)
    assert found is not None, text
    return found.group(0)


async def _jun_joined_before_meis_code(lang: str = "zh") -> tuple[Chat, str]:
    room = fake_chat()
    if lang == "en":
        await room.say("ann", "/lang en")
        await room.say("ann", "/groupbuy Flower cakes price 20 target 2")
        await room.say("ann", "/commission 10%")
    else:
        await room.say("ann", "接龙 鲜花饼 价格 20 成团 2")
        await room.say("ann", "佣金 10%")
    await room.say("jun", "+1")  # before any code
    await room.say("mei", "+1")
    mei = _code(room.shared(await room.say("mei", "/share" if lang == "en" else "分享")))
    room.app.clock.advance(minutes=5)  # type: ignore[attr-defined]
    return room, mei


async def test_one_on_the_list_before_the_code_is_told_it_earns_nothing_zh() -> None:
    room, mei = await _jun_joined_before_meis_code()

    texts = [r.text for r in await room.say("jun", f"+1 {mei}") if r.text and not r.private_to]

    assert ZH in texts, texts
    assert texts.count(ZH) == 1, texts
    assert any("又加 1 份，现在共 2 × 鲜花饼" in text for text in texts), texts  # joined all the same
    earnings = " ".join(r.text for r in await room.say("mei", "我的收益", private=True))
    assert "收益" in earnings and "Jun" not in earnings, earnings


async def test_in_her_private_chat_she_is_told_there() -> None:
    room, mei = await _jun_joined_before_meis_code()

    replies = await room.say("jun", f"+1 {mei}", private=True)

    assert ZH in [r.text for r in replies], [r.text for r in replies]
    assert any("现在共 2 × 鲜花饼" in r.text for r in replies), [r.text for r in replies]


async def test_in_english() -> None:
    room, mei = await _jun_joined_before_meis_code("en")

    texts = [r.text for r in await room.say("jun", f"+1 {mei}") if r.text and not r.private_to]

    assert (
        "You were already on #1 before you used Mei's share code: commission counts only first joins, "
        "so this one does not count for Mei." in texts
    ), texts


async def test_a_first_join_with_the_code_and_the_organisers_own_are_not_told() -> None:
    room, mei = await _jun_joined_before_meis_code()

    first = [r.text for r in await room.say("xiao", f"+1 {mei}") if r.text]
    organisers = [r.text for r in await room.say("ann", f"+1 {mei}") if r.text]
    again = [r.text for r in await room.say("xiao", f"+1 {mei}") if r.text]  # hers is Mei's already

    assert not any("佣金" in text for text in first + organisers + again), (first, organisers, again)

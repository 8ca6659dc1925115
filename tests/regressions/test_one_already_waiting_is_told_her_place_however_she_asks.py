"""rep84 #3: Ian waited for Jam large (#2) in an English group where Tea (#1) and Jam are both sold out;
his `+1 large` there answered `Sorry, all 2 group buys open here are sold out… send /waitlist #1 1`. Jo,
waiting for Jam large from her private chat (Eve's share code), was told how to queue by `+1 2-USN7`
(`e.g. /waitlist #2 small 1`), and asked which option by `候补 1` and `/waitlist`. One already waiting is
told her option, units and place, never how to queue, however she asks; nothing changed."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat

IAN = (
    "Sorry, Jam large (#2) is sold out. You are already on its waiting list for 1, number 1 in line: freed "
    "units go down the list in order, so there is nothing more to send. Nothing was changed."
)


async def _both_sold_out(lang: str = "en") -> tuple[Chat, str]:
    room = fake_chat(default_language=lang)
    if lang == "en":
        await room.say("ann", "/groupbuy Tea options large:50:1,small:30:1 ends 3d", name="Ann")
        await room.say("ann", "/groupbuy Jam options large:50:1,small:30:1 ends 3d", name="Ann")
    else:
        await room.say("ann", "接龙 茶叶 规格 大:50:1,小:30:1 截止 3天", name="Ann")
        await room.say("ann", "接龙 果酱 规格 大:50:1,小:30:1 截止 3天", name="Ann")
    shared = room.shared(await room.say("eve", "/share #2" if lang == "en" else "分享 #2", name="Eve"))
    found = re.search(r"\d+-\w{4}", shared)
    assert found is not None, shared
    for option in ("large", "small") if lang == "en" else ("大", "小"):
        await room.say("eve", f"+1 {option} #1", name="Eve")
        await room.say("eve", f"+1 {option} #2", name="Eve")
    return room, found.group(0)


async def test_his_join_among_several_sold_out_is_told_his_place() -> None:
    room, _ = await _both_sold_out()
    await room.say("ian", "/waitlist #2 large 1", name="Ian")
    before = await room.card(2)

    said = room.said(await room.say("ian", "+1 large", name="Ian"))
    bare = room.said(await room.say("ian", "+1", name="Ian"))

    assert said == f"Ian: {IAN}", said
    assert bare == said, bare
    assert await room.card(2) == before


async def test_a_join_of_another_option_is_still_told_how_to_wait() -> None:
    room, _ = await _both_sold_out()
    await room.say("ian", "/waitlist #2 large 1", name="Ian")

    said = room.said(await room.say("ian", "+1 small", name="Ian"))

    assert said.startswith("Ian: Sorry, both group buys open here are sold out"), said


async def test_her_bare_wait_in_the_group_is_told_her_place() -> None:
    room, _ = await _both_sold_out()
    await room.say("ian", "/waitlist #2 large 1", name="Ian")

    said = room.said(await room.say("ian", "/waitlist", name="Ian"))

    assert said == (
        "Ian is already on the waiting list of Jam large (#2) for 1, number 1 in line: freed units go down "
        "the list in order, so there is nothing more to send. Nothing was changed."
    ), said


async def test_waiting_from_her_private_chat_she_is_told_her_place_there() -> None:
    room, code = await _both_sold_out()
    await room.say("ian", "/waitlist #2 large 1", name="Ian")
    await room.say("jo", code, private=True, name="Jo")
    await room.say("jo", "/waitlist large 1", private=True, name="Jo")

    joined = room.said(await room.say("jo", f"+1 {code}", private=True, name="Jo"))
    bare = room.said(await room.say("jo", "/waitlist", private=True, name="Jo"))
    in_chinese = room.said(await room.say("jo", "候补 1", private=True, name="Jo"))

    assert joined == IAN.replace("number 1", "number 2"), joined
    assert bare == (
        "Jo is already on the waiting list of Jam large (#2) for 1, number 2 in line: freed units go down "
        "the list in order, so there is nothing more to send. Nothing was changed."
    ), bare
    assert in_chinese == (
        "Jo 已经在候补 Jam large（#2）：候补 1 份，排第 2 位，空出来会按顺序补给你，不用再发。没有任何改动。"
    ), in_chinese
    assert "large ¥50 · 1 taken · sold out · 2 waiting" in room.said(
        await room.say("jo", code, private=True, name="Jo")
    )


async def test_in_chinese() -> None:
    room, code = await _both_sold_out("zh")
    await room.say("ian", "候补 #2 大 1", name="Ian")
    await room.say("jo", code, private=True, name="Jo")
    await room.say("jo", "候补 大 1", private=True, name="Jo")

    said = room.said(await room.say("ian", "+1 大", name="Ian"))
    hers = room.said(await room.say("jo", f"+1 {code}", private=True, name="Jo"))
    asked = room.said(await room.say("jo", "候补 1", private=True, name="Jo"))

    assert said == (
        "Ian：抱歉，果酱 大（#2）已经卖完了。你已经在候补名单上：候补 1 份，排第 1 位，"
        "空出来会按顺序补给你，不用再发。没有任何改动。"
    ), said
    assert hers == (
        "抱歉，果酱 大（#2）已经卖完了。你已经在候补名单上：候补 1 份，排第 2 位，"
        "空出来会按顺序补给你，不用再发。没有任何改动。"
    ), hers
    assert asked == (
        "Jo 已经在候补 果酱 大（#2）：候补 1 份，排第 2 位，空出来会按顺序补给你，不用再发。没有任何改动。"
    ), asked

"""rep84 #9: with Tea (#1) and Jam (#2) both sold out, `waitlist 1 large` was asked which group buy with the
example `/waitlist #1 1`, dropping the `large` typed: sending it asked again which option of Tea. The
example keeps the option typed, so it waits at once."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _both_sold_out(lang: str) -> Chat:
    room = fake_chat(default_language=lang)
    if lang == "en":
        await room.say("ann", "/groupbuy Tea options large:50:1,small:30:1 ends 3d", name="Ann")
        await room.say("ann", "/groupbuy Jam options large:50:1,small:30:1 ends 3d", name="Ann")
    else:
        await room.say("ann", "接龙 茶叶 规格 大:50:1,小:30:1 截止 3天", name="Ann")
        await room.say("ann", "接龙 果酱 规格 大:50:1,小:30:1 截止 3天", name="Ann")
    for number in (1, 2):
        for option in ("large", "small") if lang == "en" else ("大", "小"):
            await room.say("eve", f"+1 {option} #{number}", name="Eve")
    return room


async def test_the_example_keeps_the_option_and_then_waits() -> None:
    room = await _both_sold_out("en")

    asked = room.said(await room.say("kim", "waitlist 1 large", name="Kim"))
    sent = room.said(await room.say("kim", "/waitlist #1 large 1", name="Kim"))

    assert asked == (
        "2 group buys here are sold out: #1 Tea · #2 Jam. Which one do you want to wait for? Say it with its "
        "number, e.g. /waitlist #1 large 1."
    ), asked
    assert sent.startswith("Kim is on the waiting list of Tea large (#1) for 1: number 1 in line."), sent


async def test_in_chinese() -> None:
    room = await _both_sold_out("zh")

    asked = room.said(await room.say("kim", "候补 大 2", name="Kim"))

    assert (
        asked == "这个群里有 2 个团已售罄：#1 茶叶 · #2 果酱。要候补哪个？请带上编号，例如 候补 #1 大 2。"
    ), asked


async def test_without_an_option_the_example_has_none() -> None:
    room = await _both_sold_out("zh")

    asked = room.said(await room.say("kim", "候补 1", name="Kim"))

    assert asked == "这个群里有 2 个团已售罄：#1 茶叶 · #2 果酱。要候补哪个？请带上编号，例如 候补 #1 1。", (
        asked
    )

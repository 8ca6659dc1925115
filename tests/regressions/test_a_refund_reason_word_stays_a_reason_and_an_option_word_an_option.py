"""s35 #2: on a group buy with options, `/refund 5-1 damaged` refunds the whole order with "damaged" as its
reason (right), `/refund 5-1 medium` (no such option) changes nothing and names the options, and
`/refund 5-1 large damaged` refunds the large part with "damaged" its reason. A plain reason that starts
with a word also used for sizes or packs, `double charged`, `box was crushed`, `whole batch was bad`, was
read as an option tried and refused: it is the whole refund's reason."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 粽子 规格 大盒:30,小盒:20", "大盒+1", "小盒+1", "截单", "已收 1-1"),
    "en": (
        "/groupbuy Dumplings options large:30,small:20",
        "/join 1 large",
        "/join 1 small",
        "/close",
        "/paid 1-1",
    ),
}
WHOLE = {
    "zh": ("退款 1-1 坏了", "订单 #1-1（粽子）已退款：Amy 会直接退给你 ¥50。\n原因：坏了"),
    "en": (
        "/refund 1-1 damaged",
        "Order #1-1 (Dumplings) was refunded: Amy gives ¥50 back to you.\nReason: damaged",
    ),
}
NONE = {
    "zh": ("退款 1-1 中盒", "订单 #1-1 里没有“中盒”，没有任何改动。可选：大盒 / 小盒。"),
    "en": (
        "/refund 1-1 medium",
        "Order #1-1 has no “medium”. Nothing was changed. Its options: large / small.",
    ),
}
PART = {
    "zh": ("退款 1-1 大盒 坏了", "Amy 退给你 ¥30（#1-1 粽子 大盒 ×1，原因：坏了），已付 ¥50，已退 ¥30。"),
    "en": (
        "/refund 1-1 large damaged",
        "Amy is giving you back ¥30 (#1-1 Dumplings large ×1, reason: damaged): paid ¥50, refunded ¥30.",
    ),
}


async def _room(lang: str):  # type: ignore[no-untyped-def]
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    for typed in SAID[lang]:
        await room.say("bob" if "+1" in typed or "/join" in typed else "amy", typed)
    return room


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_plain_reason_refunds_the_whole_order(lang: str) -> None:
    room = await _room(lang)
    typed, told = WHOLE[lang]
    assert room.private(await room.say("amy", typed))["bob"] == told


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_word_read_as_an_option_it_lacks_changes_nothing(lang: str) -> None:
    room = await _room(lang)
    typed, said = NONE[lang]
    replies = await room.say("amy", typed)
    assert room.private(replies)["amy"].startswith(said)  # privately (rep91 #6)
    assert "bob" not in room.private(replies)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_option_then_a_reason_refunds_that_option_with_the_reason(lang: str) -> None:
    room = await _room(lang)
    typed, told = PART[lang]
    assert room.private(await room.say("amy", typed))["bob"] == told


@pytest.mark.parametrize(
    "reason", ["double charged", "box was crushed", "whole batch was bad", "bag was torn"]
)
async def test_a_reason_starting_with_a_pack_word_is_the_reason(reason: str) -> None:
    room = await _room("en")
    told = room.private(await room.say("amy", f"/refund 1-1 {reason}"))["bob"]
    assert told == f"Order #1-1 (Dumplings) was refunded: Amy gives ¥50 back to you.\nReason: {reason}"


async def test_a_pack_word_alone_is_still_an_option_tried() -> None:
    room = await _room("en")
    replies = await room.say("amy", "/refund 1-1 box")
    assert room.private(replies)["amy"].startswith("Order #1-1 has no “box”. Nothing was changed.")
    assert "bob" not in room.private(replies)

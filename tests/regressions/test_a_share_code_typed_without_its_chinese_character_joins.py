"""fe-report 7: a share code reads `团1-RFS7`; an English keyboard has no 团, and Kim's `+2 1-RFS7` in her
private chat was answered in Chinese that there is nothing to join, Lee's `/join 1-RFS7` likewise. The
code typed without 团 is the code (as shown: upper case, a letter in it, so an order number or a word
is never read as one), and the share answer says so; codes with 团 keep working everywhere."""

from __future__ import annotations

import re

from commerce.domain.share_codes import ShareCode, find
from tests.unit.handlers.conftest import fake_chat


async def test_an_english_share_code_typed_without_its_chinese_character_joins() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 20 target 5")
    shared = room.shared(await room.say("bob", "/share"))
    found = re.search(r"1-(\w{4})", shared)  # shown without 团 in English (rep26 finding 10)
    assert found is not None, shared
    plain = f"1-{found.group(1)}"
    assert f"Friends send {plain} to see it, or +1 {plain} to join" in shared, shared
    assert room.said(await room.say("kim", f"+2 {plain}", private=True)).startswith(
        "You're in: 2 × Lychees (#1)."
    )
    assert room.said(await room.say("lee", f"/join {plain}", private=True)).startswith(
        "You're in: 1 × Lychees (#1)."
    )
    assert room.said(await room.say("cat", f"+1 团{plain}", private=True)).startswith(
        "You're in: 1 × Lychees (#1)."
    )
    card = room.said(await room.say("eve", plain, private=True))  # the code alone shows its card
    assert (
        "Lychees" in card
        and "3 joins on the list (names are shown in the group only)" in card
        and "Kim" not in card
    ), card


async def test_a_chinese_share_code_typed_without_its_chinese_character_joins() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 20 成团 5")
    shared = room.shared(await room.say("bob", "分享"))
    found = re.search(r"团1-(\w{4})", shared)
    assert found is not None, shared
    plain = f"1-{found.group(1)}"
    assert f"不打“团”字写 {plain} 也行。" in shared, shared
    assert room.said(await room.say("kim", f"+2 {plain}", private=True)).startswith(
        "你已跟团：2 × 荔枝（#1）"
    )


def test_only_a_code_as_shown_is_read_without_its_chinese_character() -> None:
    code = ShareCode(12, "K7QM")
    assert code.plain == "12-K7QM"
    assert find("+2 12-K7QM gate 3") == (code, "+2 gate 3")
    assert find("/join 12-K7QM") == (code, "/join")
    for text in (
        "/paid 12-3456",
        "/paid 12-3",
        "+1 2-days",
        "+1 12-k7qm",
        "+1 #12-K7QM",
        "A12-K7QM",
        "12-K7QMX",
    ):
        assert find(text) is None, text

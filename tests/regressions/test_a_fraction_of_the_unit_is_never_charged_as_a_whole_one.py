"""Session 14 (fp): on a group buy sold per 斤 (`价格 15元/斤`), a typed `+1.5斤` / `+半斤` was
refused, but a pasted 接龙 line `6. Hal 2.5斤` joined 1斤 with the note "2.5斤" (charged ¥15),
`1. Dan 半斤` 1斤 with the note "半斤", `4. Kim 两斤半` 2斤 with the note "半", and a typed `+1 2斤`
joined 1斤 with the note "2斤". Typed or pasted, a quantity that is no whole number of the unit is now
refused the way `2箱` is (what it is sold by, what to send), nothing changed; `+1 2斤` is 2斤 (`+1` says
"me too"), `+2 3斤` asks which, nothing added. On a group buy sold by the 份, `+1.5斤` stays unreadable
and `+1 2.5斤` a note, as before. Session 15 (fj): the refusal of a fraction says it is no whole
number of the unit and the nearest whole amounts to send (`+1.5 kg`: +1 or +2)."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

LYCHEES = "接龙 荔枝 价格 15元/斤 成团 20"
LIST = "#接龙\n荔枝\n\n1. 小王 3斤\n"


async def opened(text: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", text)
    return chat


def refused(typed: str, n: int) -> str:
    """No whole number of 斤: the nearest whole amounts to send (`半斤`: 1; `2.5斤`: 2 or 3)."""
    send = (
        f"要 {n}斤 就发 +{n}"
        if n == 1 and "半" in typed[:1]
        else f"要 {n}斤 就发 +{n}，要 {n + 1}斤 就发 +{n + 1}"
    )
    return f"荔枝（#1）按斤卖，“{typed}”不是整斤数。{send}。没有任何改动。"


# (what 小李 sends, the amount the refusal quotes, its example)
FRACTIONS = [
    (LIST + "2. 小李 2.5斤", "2.5斤", 2),
    (LIST + "2. 小李 半斤", "半斤", 1),
    (LIST + "2. 小李 两斤半", "两斤半", 2),
    (LIST + "2. 小李 3号楼 2.5斤", "2.5斤", 2),
    (LIST + "2. 小李 +1 半斤", "半斤", 1),
    ("+1.5斤", "1.5斤", 1),
    ("+半斤", "半斤", 1),
    ("+两斤半", "两斤半", 2),
    ("+1斤半", "1斤半", 1),
    ("+1 半斤", "半斤", 1),
    ("+1 2.5斤 3号楼", "2.5斤", 2),
]


@pytest.mark.parametrize(("text", "typed", "n"), FRACTIONS)
async def test_a_fraction_typed_or_pasted_is_refused_and_changes_nothing(
    text: str, typed: str, n: int
) -> None:
    chat = await opened(LYCHEES)
    before = await chat.card()

    reply = chat.said(await chat.say("xiaoli", text, name="小李"))

    assert reply == refused(typed, n)
    assert await chat.card() == before


@pytest.mark.parametrize(
    ("text", "card_line"),
    [("+1 2斤", "小李 2斤"), ("+1 2斤 3号楼", "小李 2斤 · 3号楼"), ("+2 2斤", "小李 2斤")],
)
async def test_plus_one_then_a_weight_joins_that_weight(text: str, card_line: str) -> None:
    chat = await opened(LYCHEES)

    reply = chat.said(await chat.say("xiaoli", text, name="小李"))

    assert reply.startswith("小李 跟团：2斤 荔枝（#1）。"), reply
    assert "备注：2斤" not in reply
    assert (await chat.card()).endswith(f"\n\n1. {card_line}")


async def test_two_quantities_are_asked_which_and_nothing_is_added() -> None:
    chat = await opened(LYCHEES)
    before = await chat.card()

    reply = chat.said(await chat.say("xiaoli", "+2 3斤", name="小李"))

    assert reply == "荔枝（#1）按斤卖：要 2斤 还是 3斤？要几斤就发 +几，例如 +3（3斤）。没有任何改动。"
    assert await chat.card() == before


async def test_in_english_a_fraction_is_refused_and_plus_one_takes_the_weight() -> None:
    chat = await opened("/groupbuy Lychees price 15/kg target 20")
    before = await chat.card()

    half = chat.said(await chat.say("bob", "+1.5 kg"))
    unclear = chat.said(await chat.say("bob", "+2 3 kg"))
    assert await chat.card() == before
    joined = chat.said(await chat.say("bob", "+1 2 kg"))

    assert half == (
        "Lychees (#1) is sold by the kg: “1.5 kg” is not a whole number of kg. "
        "Send +1 for 1 kg or +2 for 2 kg. Nothing was changed."
    )
    assert unclear == (
        "Lychees (#1) is sold by the kg: 2 kg or 3 kg? Send how many kg you want, e.g. +3 for 3 kg. "
        "Nothing was changed."
    )
    assert joined.startswith("Bob is in: 2 kg of Lychees (#1)."), joined
    assert (await chat.card()).endswith("\n\n1. Bob 2 kg")


async def test_sold_by_the_portion_a_weight_reads_as_before() -> None:
    chat = await opened("接龙 阳光玫瑰 2斤 价格 45 成团 20")

    typed = chat.said(await chat.say("bob", "+1.5斤"))
    noted = chat.said(await chat.say("xiaoli", "+1 2.5斤", name="小李"))

    assert typed == "没看懂要几份。跟团请发 +1、+2（整数），或“我要两份”。"
    assert noted.startswith("小李 跟团：1 × 阳光玫瑰 2斤（#1）。备注：2.5斤。"), noted

"""rep37 finding 11: the pickup's reminder listed every unpaid buyer by name in the group (21 names:
it reads as shaming in a friends' chat). The group now reads at most 5 names and how many owe in all,
and the organiser gets the full list privately; 5 or fewer are named as before."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat

BUYERS = [f"p{n}" for n in range(1, 9)]  # P1…P8


async def _reminded(
    buyers: list[str], *, english: bool = False
) -> tuple[tuple[str, ...], list[tuple[str, str]]]:
    """芒果 closed at noon with `buyers` owing ¥78 each, pickup tomorrow 17:00; the 20:00 reminder: whom
    the group's message mentions, and (who, text) of each message, "" for the group."""
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    for user in buyers:
        await chat.say(user, "+1")
    await chat.say("amy", "/close" if english else "截单")
    await chat.say("amy", "/pickup Gate 3 tomorrow 17:00" if english else "自提 小区南门 明天下午5点")
    chore = chat.pickup_reminders()
    clock.advance(hours=8)  # 20:00 in Shanghai
    replies = await chore()
    mentioned = next(reply.mention for reply in replies if reply.text and not reply.private_to)
    return mentioned, [(reply.private_to or "", reply.text) for reply in replies if reply.text]


async def test_the_group_reads_five_names_and_the_organiser_all() -> None:
    _, told = await _reminded(BUYERS)
    group = [text for who, text in told if not who]
    assert len(group) == 1
    assert (
        "还有 8 个订单未付款：\n"
        "• P1（订单 #1-1）\n"
        "• P2（订单 #1-2）\n"
        "• P3（订单 #1-3）\n"
        "• P4（订单 #1-4）\n"
        "• P5（订单 #1-5）\n"
        "…等 8 人未付款（名单已私信给团长 Amy）\n"
    ) in group[0]
    assert "P6" not in group[0]
    private = dict(told)
    assert private["amy"].startswith(
        "📦 芒果（#1）的自提提醒在群里只点了前几位的名。未付款的 8 个订单完整名单：\n• P1：¥78（订单 #1-1）\n"
    )
    assert private["amy"].endswith("• P8：¥78（订单 #1-8）")


async def test_the_mentions_are_the_named_ones_only() -> None:
    mentioned, _ = await _reminded(BUYERS)
    assert mentioned == ("p1", "p2", "p3", "p4", "p5")


async def test_five_or_fewer_are_all_named_with_nothing_private() -> None:
    _, told = await _reminded(BUYERS[:5])
    assert [who for who, _ in told] == ["", *BUYERS[:5]]  # s30: no list to Amy; each buyer her ¥78
    assert "• P5（订单 #1-5）" in told[0][1] and "等" not in told[0][1]
    assert all("¥78" in text for who, text in told if who)


async def test_in_english() -> None:
    _, told = await _reminded(BUYERS, english=True)
    group = next(text for who, text in told if not who)
    assert "…8 people in all still owe (the list went privately to the organiser, Amy)" in group
    assert "P6" not in group
    assert dict(told)["amy"].startswith(
        "📦 The pickup reminder of Mangoes (#1) named only the first few in the group. "
        "The 8 unpaid orders in full:"
    )

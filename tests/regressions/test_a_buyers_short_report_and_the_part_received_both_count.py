"""s37 #2: a buyer's short report (`我付了 50` of ¥144) answered by the organiser's `只收到 1-2 30` was
replaced by it: her ¥50 gone from every view, the answer never naming it. Now 只收到 is what was received
and her report stays as hers, the rest of it to confirm (all she said came, ¥50 of her ¥50: her report is
that part received, as before). And a part received first (`只收到 1-2 50`), then her report of less
than the rest (`付了 30`): 名单's 已收 left the ¥50 out (`💰 已收 ¥0`); it counts it now."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world
from tests.unit.handlers.conftest import fake_chat

OPEN = {"zh": ("接龙 芒果 价格 48", "截单"), "en": ("/groupbuy Mangoes price 48", "/close")}
LIST = {"zh": "名单 #1", "en": "/list #1"}


async def _closed(lang: str):  # type: ignore[no-untyped-def]
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening, close = OPEN[lang]
    for who, typed in (("amy", opening), ("bob", "+1"), ("cat", "+3"), ("amy", close)):
        await room.say(who, typed)
    return room


SHORT_THEN_PART = {
    "zh": (
        "我付了 50",
        "只收到 1-2 30",
        "已记下 #1-2 只收到 ¥30（Cat 报了已付 ¥50，其中 ¥20 还等你确认），订单还差 ¥114，仍是未付款。"
        "已私信告诉对方。",
        "Amy 说你订单 #1-2（芒果）只收到 ¥30（你报了已付 ¥50），还差 ¥114。请核对你的转账；"
        "已经付了的话，请直接告诉 Amy。",
        "2. Cat ×3 · ¥144 · 订单 #1-2 共 ¥144 · 💸已报付款 ¥50（已收 ¥30，差 ¥94），待确认",
        "💰 已收 ¥30 · 待收 ¥162（其中已报付款待确认 ¥20）",
    ),
    "en": (
        "/ipaid 1-2 50",
        "/paid 1-2 ¥30 only",
        "Recorded #1-2: only ¥30 received (Cat reported paying ¥50; ¥20 of it is still for you to confirm)."
        " ¥114 still to pay; the order stays unpaid. They were told privately.",
        "Amy says only ¥30 arrived for your order #1-2 (Mangoes) (you reported paying ¥50): ¥114 still to"
        " pay. Please check your transfer; if you have paid it, tell Amy directly.",
        "2. Cat ×3 · ¥144 · order #1-2 ¥144 · 💸 reported paid ¥50 (¥30 received, ¥94 to go), to confirm",
        "💰 Collected ¥30 · outstanding ¥162 (reported paid, to confirm: ¥20)",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_short_report_stays_beside_what_was_received(lang: str) -> None:
    room = await _closed(lang)
    report, part, answer, told, line, money = SHORT_THEN_PART[lang]
    await room.say("cat", report)

    replies = await room.say("amy", part, private=True)

    assert room.said(replies) == answer
    assert room.private(replies)["cat"] == told
    listed = room.said(await room.say("amy", LIST[lang], private=True)).splitlines()
    assert line in listed
    assert money in listed


async def test_all_she_reported_received_is_that_part_received() -> None:
    room = await _closed("zh")
    await room.say("cat", "我付了 50")

    answer = room.said(await room.say("amy", "只收到 1-2 50", private=True))

    assert answer == "订单 #1-2（Cat）只收到 ¥50，还差 ¥94，仍是未付款。已私信告诉对方补齐。"
    listed = room.said(await room.say("amy", "名单 #1", private=True)).splitlines()
    assert "2. Cat ×3 · ¥144 · 订单 #1-2 共 ¥144 · ⏳未付（已收 ¥50，差 ¥94）" in listed


async def test_the_rest_of_her_report_received_adds_to_what_came_before() -> None:
    room = await _closed("zh")
    await room.say("cat", "我付了 50")
    await room.say("amy", "只收到 1-2 30", private=True)

    answer = room.said(await room.say("amy", "只收到 1-2 20", private=True))  # the ¥20 she said came too

    assert answer == (
        "订单 #1-2（Cat）之前只收到 ¥30，这次又收到 ¥20，共收到 ¥50，还差 ¥94，仍是未付款。"
        "已私信告诉对方补齐。"
    )
    assert "💰 已收 ¥50 · 待收 ¥142" in room.said(await room.say("amy", "名单 #1", private=True)).splitlines()


PART_THEN_SHORT = {
    "zh": (
        "只收到 1-2 50",
        "付了 30",
        "2. Cat ×3 · ¥144 · 订单 #1-2 共 ¥144 · 💸已报付款 ¥80（已收 ¥50，差 ¥64），待确认",
        "💰 已收 ¥50 · 待收 ¥142（其中已报付款待确认 ¥30）",
    ),
    "en": (
        "/paid 1-2 ¥50 only",
        "paid 30",
        "2. Cat ×3 · ¥144 · order #1-2 ¥144 · 💸 reported paid ¥80 (¥50 received, ¥64 to go), to confirm",
        "💰 Collected ¥50 · outstanding ¥142 (reported paid, to confirm: ¥30)",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_received_stays_in_collected_when_she_reports_less_than_the_rest(lang: str) -> None:
    room = await _closed(lang)
    part, report, line, money = PART_THEN_SHORT[lang]
    await room.say("amy", part, private=True)
    await room.say("cat", report)

    listed = room.said(await room.say("amy", LIST[lang], private=True)).splitlines()

    assert line in listed
    assert money in listed


async def test_stored_the_organisers_mine_counts_the_part_too(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Lychees", target=2)
        await world.say("family", "bob", "+1")
        await world.say("family", "eve", "+3")  # ¥30
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", f"/paid {gid}-2 ¥5 only", private=True)
        await world.say("family", "eve", f"/ipaid {gid}-2 ¥2")  # ¥7 in all: less than the ¥25 left

        mine = await world.say("family", "amy", "/mine", private=True)

        assert "collected ¥5, outstanding ¥35" in mine[0].text, mine[0].text

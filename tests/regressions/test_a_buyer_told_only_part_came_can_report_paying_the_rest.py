"""rep81 #4: Bob reported paying ¥63, then Amy's `只收到 1-1 30`: his second `我付了` (the ¥33 he was told to
pay) was refused as "reported already", Amy never told; his 我的订单 said `已收 ¥30，已报付款 ¥33` (he had
reported no ¥33) while `团长收到我的钱了吗` said `付款 ¥63 团长还没确认`, the ¥30 unsaid. Now his report
of the rest goes to Amy, and both answers say what came, what he reported and what is left."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world
from tests.unit.handlers.conftest import fake_chat

STEPS = {
    "zh": ("接龙 粽子 价格 63", "截单", "我付了", "只收到 1-1 30"),
    "en": ("/groupbuy Dumplings price 63", "/close", "/ipaid", "/paid 1-1 ¥30 only"),
}

BEFORE = {  # his 我的订单 line's status, and 钱到了吗, before he reports the rest
    "zh": (
        "我的订单",
        "已收 ¥30（你报了已付 ¥63），还差 ¥33：补齐后发“我已付款 1-1”",
        "团长收到我的钱了吗",
        "团长 Amy 只收到你订单 #1-1 的 ¥30（你报了已付 ¥63），还差 ¥33。"
        "请核对你的转账；补齐后发“我已付款 1-1”。",
    ),
    "en": (
        "/mine",
        "received ¥30 (you reported paying ¥63), ¥33 still to pay: once paid, send /ipaid 1-1",
        "did my payment arrive?",
        "The organiser, Amy, received only ¥30 for your order #1-1 (you reported paying ¥63): ¥33 is still"
        " to pay. Please check your transfer; once paid, send /ipaid 1-1.",
    ),
}

REST = {  # his report of the rest: what he reads, what Amy reads; then the two answers again
    "zh": (
        "我付了",
        "收到，Bob：订单 #1-1 团长已收到 ¥30，这次又付了 ¥33，一共 ¥63，应付 ¥63，已经付齐。"
        "已告诉 Amy，由 TA 核对；确认前接龙卡片上显示 💸。",
        "（团长已收到 ¥30，Bob 这次补付 ¥33，上面是两次一共的金额。）",
        "已收 ¥30，已报付款 ¥33，等待团长确认",
        "团长 Amy 已收到你订单 #1-1 的 ¥30；你报的另外 ¥33 团长还没确认，确认后会通知你。",
        "你已经说过订单 #1-1 已付款，正在等团长确认，没有任何改动。",
    ),
    "en": (
        "/ipaid",
        "Thanks, Bob: for order #1-1 Amy has received ¥30, and you paid ¥33 now, ¥63 in all, the full ¥63:"
        " paid in full. Amy has been told and will check; the card shows 💸 until then.",
        "(You have received ¥30 of it already; Bob paid ¥33 now; the amount above is both together.)",
        "received ¥30, reported paid ¥33 since, waiting for the organiser to confirm",
        "The organiser, Amy, has received ¥30 for your order #1-1; the other ¥33 you reported paying is not"
        " confirmed yet; you'll be told when it is.",
        "You already said order #1-1 is paid; the organiser has been asked to confirm it."
        " Nothing was changed.",
    ),
}


async def _told_only_part(lang: str):  # type: ignore[no-untyped-def]
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening, close, report, part = STEPS[lang]
    for who, typed in (("amy", opening), ("bob", "+1"), ("cat", "+1"), ("amy", close), ("bob", report)):
        await room.say(who, typed)
    await room.say("amy", part, private=True)
    return room


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_his_order_and_his_money_question_say_what_came_and_what_is_left(lang: str) -> None:
    room = await _told_only_part(lang)
    mine, status, asked, answer = BEFORE[lang]

    listed = room.said(await room.say("bob", mine, private=True))

    assert listed.splitlines()[1].endswith(" · " + status), listed
    assert room.said(await room.say("bob", asked, private=True)) == answer


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_his_report_of_the_rest_reaches_the_organiser(lang: str) -> None:
    room = await _told_only_part(lang)
    report, his, hers, status, answer, again = REST[lang]

    replies = await room.say("bob", report, private=True)

    assert room.said(replies) == his
    assert room.private(replies)["amy"].endswith("\n" + hers)
    listed = room.said(await room.say("bob", BEFORE[lang][0], private=True))
    assert listed.splitlines()[1].endswith(" · " + status), listed
    assert room.said(await room.say("bob", BEFORE[lang][2], private=True)) == answer
    assert room.said(await room.say("bob", report, private=True)) == again  # once is enough


async def test_a_report_of_less_than_the_rest_says_what_is_still_owed() -> None:
    room = await _told_only_part("zh")

    await room.say("bob", "我付了 20", private=True)

    answer = room.said(await room.say("bob", "团长收到我的钱了吗", private=True))
    assert answer == (
        "团长 Amy 已收到你订单 #1-1 的 ¥30；你报的另外 ¥20（应付 ¥63，还差 ¥13）团长还没确认，"
        "确认后会通知你。"
    )
    listed = room.said(await room.say("amy", "名单 #1", private=True)).splitlines()
    assert "💰 已收 ¥30 · 待收 ¥96（其中已报付款待确认 ¥20）" in listed


async def test_stored_his_report_of_the_rest_is_kept(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Lychees", target=2)
        await world.say("family", "bob", "+1")
        await world.say("family", "eve", "+3")  # ¥30
        await world.say("family", "amy", "/close")
        await world.say("family", "eve", f"/ipaid {gid}-2")
        await world.say("family", "amy", f"/paid {gid}-2 ¥5 only", private=True)

        replies = await world.say("family", "eve", "/ipaid", private=True)

        assert f"for order #{gid}-2 Amy has received ¥5, and you paid ¥25 now" in replies[0].text, replies
        mine = await world.say("family", "eve", "/orders", private=True)
        assert "received ¥5, reported paid ¥25 since" in mine[0].text, mine[0].text

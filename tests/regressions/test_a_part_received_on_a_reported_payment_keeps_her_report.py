"""s36 #4: Cat reported paying order #1-2 (¥90, `我已付款 1-2`); Amy typed `只收到 1-2 50`: the report was
replaced by the part received, the buyer's claim gone from every view. Now the report stays (still to
confirm) and the part is recorded beside it: the answer says both, the buyer is told privately, `名单`
and the console's orders page show both (the ¥50 in 已收, `我的团` alike), and her `已收 1-2` once the
rest arrives marks it paid."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world
from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 芒果 价格 45", "截单", "我已付款 1-2", "只收到 1-2 50", "名单 #1", "我的订单", "已收 1-2"),
    "en": (
        "/groupbuy Mangoes price 45",
        "/close",
        "/ipaid 1-2",
        "/paid 1-2 ¥50 only",
        "/list #1",
        "/orders",
        "/paid 1-2",
    ),
}
ANSWER = {
    "zh": (
        "已记下 #1-2 只收到 ¥50（买家报了已付 ¥90），还差 ¥40。"
        "Cat 的付款报告还在，等你确认：余下的收到了就发 已收 1-2。已私信告诉对方。",
        "Amy 说你订单 #1-2（芒果）只收到 ¥50（你报了已付 ¥90），还差 ¥40。"
        "请核对你的转账；已经付了的话，请直接告诉 Amy。",
        "2. Cat ×2 · ¥90 · 订单 #1-2 共 ¥90 · 💸已报付款 ¥90（已收 ¥50，差 ¥40），待确认",
        "#1-2 芒果（Amy 的团 #1）：2 × ¥45 = ¥90 · 已收 ¥50（你报了已付 ¥90），还差 ¥40："
        "补齐后发“我已付款 1-2”",
    ),
    "en": (
        "Recorded #1-2: only ¥50 received (the buyer reported paying ¥90), ¥40 still to pay."
        " Cat's report stays for you to confirm: once the rest arrives, send /paid 1-2."
        " They were told privately.",
        "Amy says only ¥50 arrived for your order #1-2 (Mangoes) (you reported paying ¥90): ¥40 still to pay."
        " Please check your transfer; if you have paid it, tell Amy directly.",
        "💸 reported paid ¥90 (¥50 received, ¥40 to go), to confirm",
        "received ¥50 (you reported paying ¥90), ¥40 still to pay: once paid, send /ipaid 1-2",
    ),
}

MONEY = {
    "zh": ("💰 已收 ¥50 · 待收 ¥85（其中已报付款待确认 ¥40）", "我的团", "已收 ¥50，待收 ¥85"),
    "en": (
        "💰 Collected ¥50 · outstanding ¥85 (reported paid, to confirm: ¥40)",
        "/mine",
        "collected ¥50, outstanding ¥85",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_part_received_is_recorded_and_her_report_stays(lang: str) -> None:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening, close, report, part, listing, mine, paid = SAID[lang]
    await room.say("amy", opening)
    await room.say("bob", "+1")
    await room.say("cat", "+2")
    await room.say("amy", close)
    await room.say("cat", report)
    answer, told, line, hers = ANSWER[lang]
    money, mine_buys, mine_money = MONEY[lang]

    replies = await room.say("amy", part, private=True)

    assert room.said(replies) == answer
    assert room.private(replies)["cat"] == told
    listed = room.said(await room.say("amy", listing, private=True))
    assert line in listed
    assert money in listed  # ¥50 in 已收, ¥40 of her report still to confirm
    assert mine_money in room.said(await room.say("amy", mine_buys, private=True))  # 我的团 alike
    assert hers in room.said(await room.say("cat", mine, private=True))
    done = await room.say("amy", paid, private=True)  # the rest came: her report confirmed, paid
    assert "取货码" in room.private(done)["cat"] or "pickup code" in room.private(done)["cat"]


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("zh", "<td>已报付款 ¥10（已收 ¥5，还差 ¥5）</td>"),
        ("en", "<td>Reported paid ¥10 (¥5 received, ¥5 to go)</td>"),
    ],
)
async def test_the_consoles_orders_page_shows_both(tmp_path: Path, page: str, shown: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Lychees", target=2)
        await world.say("family", "bob", "+1")
        await world.say("family", "eve", "+1")
        await world.say("family", "amy", "/close")
        await world.say("family", "eve", f"/ipaid {gid}-2")
        await world.say("family", "amy", f"/paid {gid}-2 ¥5 only", private=True)
        amy = await world.member("amy")
        amy.cookies.set("lang", page)
        text = html.unescape((await amy.get("/orders")).text)
        assert shown in text, text
        mine = await world.say("family", "amy", "/mine", private=True)  # stored: ¥5 in 已收, as 名单
        assert "collected ¥5, outstanding ¥15" in mine[0].text


async def test_the_rest_typed_adds_to_the_part_never_replaces_it() -> None:
    room = fake_chat()
    opening, close, report, part, *_ = SAID["zh"]
    for who, typed in (("amy", opening), ("bob", "+1"), ("cat", "+2"), ("amy", close), ("cat", report)):
        await room.say(who, typed)
    await room.say("amy", part, private=True)

    refused = room.said(await room.say("amy", "只收到 1-2 40", private=True))
    assert refused == (
        "订单 #1-2（Cat）应付 ¥90，之前只收到 ¥50，这次 ¥40，共 ¥90，不少于应付，没有任何改动。"
        "全部收到了就发 已收 1-2。"
    )
    done = await room.say("amy", "已收 1-2 40", private=True)  # ¥50 + ¥40: all of it, marked paid
    assert "取货码" in room.private(done)["cat"]

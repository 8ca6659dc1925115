"""Getting paid through the playground's JSON API, as a script or a browser tab sees it: Bob's 我已付款
reaches Amy's private chat with two buttons, her tap on Received ticks the card, and 催款 posts one
reminder in the group, once in six hours."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.fakes import FakeClock
from tests.unit.bot.playground_api import PlaygroundApi, playground_api


async def _succeeded(api: PlaygroundApi) -> None:
    for user, text in [
        ("amy", "接龙 海南贵妃芒 价格 88 成团 1"),
        ("bob", "+1"),
        ("cat", "+2"),
        ("amy", "截单"),
    ]:
        await api.say("family", user, text)


async def _tap(
    api: PlaygroundApi, chat: str, user: str, message: dict[str, Any], data: str
) -> dict[str, Any]:
    body = {"chat": chat, "user": user, "message_id": message["message_id"], "data": data}
    response = await api.client.post("/api/buttons", json=body)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def test_a_report_and_its_one_tap_confirmation(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await _succeeded(api)

        answer = await api.say("family", "bob", "我已付款")

        assert [(r["chat"], r["text"]) for r in answer["replies"] if r["text"] and r["card_of"] is None] == [
            (
                "family",
                "收到，Bob：已请 Amy 确认你订单 #1-1 的付款，金额已私信发给你。确认前接龙卡片上显示 💸。",
            ),
            ("bob", "收到，Bob：已请 Amy 确认你订单 #1-1 的付款 ¥88。确认前接龙卡片上显示 💸。"),  # s30
            (
                "amy",
                "💸 Bob 说已付款：订单 #1-1（海南贵妃芒，#1）¥88。收到钱后点“已收到”（或发“已收 1-1”）；"
                "点“未收到”会告诉对方还没收到。",
            ),
        ]
        card = await api.card("family", 1)
        assert "💰 已付 0/2 · 💸 1 人已报付款" in card["text"]
        assert "1. Bob ×1 💸" in card["text"]
        [ask] = [m for m in await api.messages("amy") if m["text"].startswith("💸 Bob")]
        assert ask["buttons"] == [
            [
                {"label": "✅ 已收到 ¥88", "data": "od:confirm:1:zh"},
                {"label": "✖ 未收到", "data": "od:notpaid:1:zh"},
            ]
        ]

        tapped = await _tap(api, "amy", "amy", ask, "od:confirm:1:zh")

        assert [r["toast"] for r in tapped["replies"] if r["toast"]] == ["订单 #1-1 已标记为已付款"]
        assert ("amy", "订单 #1-1（Bob，¥88）已标记为已付款。") in [
            (r["chat"], r["text"]) for r in tapped["replies"]
        ]
        [thanks] = [m for m in await api.messages("bob") if m["text"].startswith("Amy 已确认")]
        assert thanks["text"].startswith("Amy 已确认收到你订单 #1-1（海南贵妃芒）的付款 ¥88，谢谢！")
        card = await api.card("family", 1)
        assert "💰 已付 1/2\n" in card["text"] and "1. Bob ×1 ✅" in card["text"] and "💸" not in card["text"]


async def test_a_reminder_mentions_who_owes_once_in_six_hours(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await _succeeded(api)

        replies = (await api.say("family", "amy", "催款"))["replies"]
        [reminder] = [r for r in replies if r["chat"] == "family"]  # s30: amounts privately

        assert (reminder["chat"], reminder["text"]) == (
            "family",
            "💸 催款：海南贵妃芒（#1）还有 2 个订单未付款：\n"
            "• Bob（订单 #1-1）\n"
            "• Cat（订单 #1-2）\n"
            "怎么付款请问 Amy，付好后回复“我已付款”加你的订单号（例如“我已付款 1-1”），团长确认后打勾。",
        )
        [again] = (await api.say("family", "amy", "/remind"))["replies"]
        assert again["text"].startswith("#1 已在 ") and "催过款" in again["text"]  # Amy typed Chinese
        clock = api.hub.app.clock  # the ChatApp's own clock (the helper's FakeClock)
        assert isinstance(clock, FakeClock)
        clock.advance(hours=6)
        [later, *_] = (await api.say("family", "amy", "催款"))["replies"]
        assert later["text"].startswith("💸 催款：海南贵妃芒（#1）还有 2 个订单未付款：")

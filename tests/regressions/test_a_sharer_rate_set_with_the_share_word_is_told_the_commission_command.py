"""`分享 #7 开 5%` in a group (an organiser setting the sharers' rate with the share's word) got no reply,
and nothing was set: the sharer rate is `佣金 #7 5%`. It is now answered with one message naming that
command (`分享佣金请发：佣金 #7 5%`), nothing changed; the command it names sets the rate. `分享`,
`分享 #1` still give one's share code."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_chinese_share_rate_is_told_to_send_commission() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 88")

    assert room.said(await room.say("amy", "分享 #1 开 5%")) == "分享佣金请发：佣金 #1 5%"
    assert room.said(await room.say("amy", "分享 开 2.5%")) == "分享佣金请发：佣金 2.5%"
    assert room.said(await room.say("amy", "佣金 #1")) == "#1 的分享佣金是 0%。修改：佣金 5%（0 为关闭）。"

    said = room.said(await room.say("amy", "佣金 #1 5%"))  # the command it names
    assert said == "分享赚：芒果（#1）的分享者按 5% 计佣金（以其链接带来的订单实付金额计）。"
    assert "💰 分享赚 5%" in await room.card()
    assert room.shared(await room.say("bob", "分享 #1")).startswith("你的芒果（#1）分享码：团1-")


async def test_an_english_share_rate_is_told_to_send_commission() -> None:
    room = fake_chat(default_language="en")
    await room.say("amy", "/groupbuy Mangoes price 88")

    assert (
        room.said(await room.say("amy", "/share #1 on 5%"))
        == "To set the sharers' rate, send: /commission #1 5%"
    )
    assert room.said(await room.say("amy", "/commission #1")).startswith("Sharers of #1 earn 0%.")

    await room.say("amy", "/commission #1 5%")  # the command it names
    assert room.said(await room.say("amy", "/commission #1")).startswith("Sharers of #1 earn 5%.")

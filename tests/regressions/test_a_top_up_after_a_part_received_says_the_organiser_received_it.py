"""s32 (rep63 #1, the wording): after Amy's `只收到 ¥20`, Dan's `我已付款 1-1 136元` read `你之前报告付了 ¥20`
and Amy's question `（Dan 之前报过 ¥20…）`, as if the ¥20 were his word still to check; she had received
it. Both now say `团长已收到 ¥20` ("Amy has received ¥20")."""

from __future__ import annotations

from tests.unit.handlers.conftest import dan_paid_20_of_156


async def test_the_buyer_and_the_organiser_read_received() -> None:
    chat = await dan_paid_20_of_156()
    private = chat.private(await chat.say("dan", "我已付款 1-1 136元", name="Dan"))
    assert private["dan"].startswith(
        "收到，Dan：订单 #1-1 团长已收到 ¥20，这次又付了 ¥136，一共 ¥156，应付 ¥156，已经付齐。"
    ), private
    assert "报告付了" not in private["dan"], private
    assert "（团长已收到 ¥20，Dan 这次补付 ¥136，上面是两次一共的金额。）" in private["amy"], private
    assert "之前报过" not in private["amy"], private


async def test_still_short_says_the_gap() -> None:
    chat = await dan_paid_20_of_156()
    private = chat.private(await chat.say("dan", "我已付款 1-1 100元", name="Dan"))
    assert "团长已收到 ¥20，这次又付了 ¥100，一共 ¥120，应付 ¥156，还差 ¥36。" in private["dan"], private


async def test_in_english_too() -> None:
    chat = await dan_paid_20_of_156(english=True)
    private = chat.private(await chat.say("dan", "/ipaid 1-1 136", name="Dan"))
    assert (
        "for order #1-1 Amy has received ¥20, and you paid ¥136 now, ¥156 in all, the full ¥156"
        in private["dan"]
    ), private
    assert (
        "(You have received ¥20 of it already; Dan paid ¥136 now; the amount above is both together.)"
        in private["amy"]
    ), private

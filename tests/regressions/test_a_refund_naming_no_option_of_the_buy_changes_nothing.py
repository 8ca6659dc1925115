"""Review 75 #1: `退款 5-1 中盒`, where 粽子 has only 大盒 / 小盒, refunded the rest of the order with "中盒"
as its reason: one typo cost real money that cannot be undone. A word read as an option the group buy
does not have now changes nothing and says the options and the two commands; a reason the organiser
labels (`原因 坏了`, `reason: damaged`) or a plain reason is still the whole refund's reason."""

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
NONE = {
    "zh": (
        "退款 1-1 中盒",
        "订单 #1-1 里没有“中盒”，没有任何改动。可选：大盒 / 小盒。整单退款发 退款 1-1；"
        "退一部分请写金额，例如 退款 1-1 ¥10。",
    ),
    "en": (
        "/refund 1-1 medium",
        "Order #1-1 has no “medium”. Nothing was changed. Its options: large / small. To refund the whole"
        " order, send /refund 1-1; to refund part of it, send the amount, e.g. /refund 1-1 ¥10.",
    ),
}
LABELLED = {"zh": ("退款 1-1 原因 坏了", "坏了"), "en": ("/refund 1-1 reason: damaged", "damaged")}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_refund_naming_no_option_of_the_buy_changes_nothing(lang: str) -> None:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    for typed in SAID[lang]:
        await room.say("bob" if "+1" in typed or "/join" in typed else "amy", typed)

    typed, said = NONE[lang]
    for private in (False, True):
        replies = await room.say("amy", typed, private=private)
        # typed in the group: to her privately, as every refund refusal (rep91 #6)
        assert (room.said(replies) if private else room.private(replies)["amy"]) == said
        assert "bob" not in room.private(replies)  # nothing refunded: Bob is told nothing

    typed, reason = LABELLED[lang]
    replies = await room.say("amy", typed)
    assert room.private(replies)["bob"].endswith(reason)
    assert (
        "原因：原因" not in room.private(replies)["bob"]
        and "reason: damaged" not in room.private(replies)["bob"]
    )
    assert "50" in room.private(replies)["bob"]  # the whole order, its reason passed on


async def test_a_plain_reason_still_refunds_the_whole_order() -> None:
    room = fake_chat()
    for who, typed in (
        ("amy", "接龙 粽子 规格 大盒:30,小盒:20"),
        ("bob", "大盒+1"),
        ("amy", "截单"),
        ("amy", "已收 1-1"),
    ):
        await room.say(who, typed)
    replies = await room.say("amy", "退款 1-1 坏了")
    assert room.private(replies)["bob"] == "订单 #1-1（粽子）已退款：Amy 会直接退给你 ¥30。\n原因：坏了"

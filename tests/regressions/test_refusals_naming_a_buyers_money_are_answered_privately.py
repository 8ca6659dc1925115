"""rep84 #4: typed in the group, `退款 1-1 ¥60` (only ¥50 received), `退款 1-2 3份` (¥20 refunded
already), `只收到 1-2 abc` and `取消订单 1-1` (¥50 received) were refused there with the buyer's money in
them (`只收到过 ¥50`, `已经退过 ¥20`, `这单应付 ¥40`). Each now goes privately to whoever typed it, the
group reading one line naming no amount, as other money answers do."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

SETUP = {
    "zh": ("接龙 月饼 20", "截单", "已收 1-2", "退款 1-2 ¥20"),
    "en": ("/groupbuy Mooncakes 20", "/close", "/paid 1-2", "/refund 1-2 ¥20"),
}


async def _room(lang: str) -> Chat:
    """Kim's #1-1 (¥60, ¥50 received), Bob's #1-2 (¥40 paid, ¥20 refunded)."""
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opened, closed, paid, refunded = SETUP[lang]
    await room.say("amy", opened)
    await room.say("kim", "+3")
    await room.say("bob", "+2")
    await room.say("amy", closed)
    await room.say("amy", paid, private=True)
    await room.say("amy", refunded, private=True)
    await room.say("amy", "只收到 1-1 50", private=True)
    return room


TYPED = {
    "zh": (
        ("退款 1-1 ¥60", "Amy，退款的事已私信发给你。", "只收到过 ¥50，最多退 ¥50"),
        ("退款 1-2 3份", "Amy，退款的事已私信发给你。", "已经退过 ¥20，只剩 1 份可退"),
        ("只收到 1-2 abc", "Amy，订单 #1-2 的事已私信发给你。", "订单 #1-2 已经付清了"),  # paid (s38)
        ("取消订单 1-1", "Amy，订单 #1-1 的事已私信发给你。", "你记过只收到 ¥50"),
    ),
    "en": (
        ("/refund 1-1 ¥60", "Amy, I've answered you about the refund privately.", "only ¥50 was received"),
        ("/refund 1-2 3 units", "Amy, I've answered you about the refund privately.", "¥20"),
        ("/cancel 1-1", "Amy, I've answered you about order #1-1 privately.", "You recorded ¥50 received"),
    ),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_group_reads_one_line_and_she_the_amounts(lang: str) -> None:
    room = await _room(lang)
    for typed, line, hers in TYPED[lang]:
        replies = await room.say("amy", typed)
        assert room.said(replies) == line
        assert hers in room.private(replies)["amy"]
        assert "kim" not in room.private(replies) and "bob" not in room.private(replies)

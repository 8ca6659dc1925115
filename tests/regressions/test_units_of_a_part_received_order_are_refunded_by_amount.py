"""rep84 #2: `只收到 1-1 50` on Kim's ¥60 order, then `退款 1-1 2份` (¥40) was refused `最多退 ¥50`, a
limit it did not break, and `退款 1-1 3份` gave back all ¥50 with "3份" its reason. Money received on an
unpaid order goes back by amount (the order still holds its units): a count of units is refused, nothing
changed, saying so, what those units come to and the amount form to send."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {"zh": ("接龙 月饼 20", "截单"), "en": ("/groupbuy Mooncakes 20", "/close")}


async def _part_received(lang: str) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opened, closed = OPEN[lang]
    await room.say("amy", opened)
    await room.say("kim", "+3")
    await room.say("amy", closed)
    await room.say("amy", "只收到 1-1 50" if lang == "zh" else "/paid 1-1 50 only", private=True)
    return room


REFUSED = {
    "zh": (
        ("退款 1-1 2份", "订单 #1-1 还没付清，只收到过 ¥50，收到的钱按金额退，不按份数退，没有任何改动。"
         "这些份数合 ¥40，退这么多就发 退款 1-1 ¥40；全部退回发 退款 1-1 ¥50。"),
        ("退款 1-1 3份", "订单 #1-1 还没付清，只收到过 ¥50，收到的钱按金额退，不按份数退，最多退 ¥50，"
         "没有任何改动。全部退回发 退款 1-1 ¥50；退一部分请写金额。"),
    ),
    "en": (
        ("/refund 1-1 2 units", "Order #1-1 is not paid in full: only ¥50 was received, and money received "
         "is refunded by amount, not by units. Nothing was changed. Those units come to ¥40: to give that "
         "back, send /refund 1-1 ¥40; to give it all back, send /refund 1-1 ¥50."),
        ("/refund 1-1 3 units", "Order #1-1 is not paid in full: only ¥50 was received, and money received "
         "is refunded by amount, not by units, at most ¥50. Nothing was changed. To give it all back, send "
         "/refund 1-1 ¥50; for part of it, send the amount."),
    ),
}  # fmt: skip
DONE = {
    "zh": ("退款 1-1 ¥40", "订单 #1-1（Kim）还没付清：之前只收到 ¥50，退了 ¥40，现在已收 ¥10，还差 ¥50。"
           "请直接把钱退给对方。"),
    "en": ("/refund 1-1 ¥40", "Order #1-1 of Kim is not paid in full: of the ¥50 received, ¥40 refunded; ¥10 "
           "received now, ¥50 still owed. Give it back to them directly."),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_count_of_units_says_the_amount_to_send_and_changes_nothing(lang: str) -> None:
    room = await _part_received(lang)
    for typed, refused in REFUSED[lang]:
        replies = await room.say("amy", typed, private=True)
        assert room.said(replies) == refused
        assert room.private(replies) == {}  # Kim is told nothing: nothing was given back
    typed, done = DONE[lang]
    replies = await room.say("amy", typed, private=True)
    assert room.said(replies) == done
    assert "kim" in room.private(replies)

"""s37: `分享` on a sold-out group buy hands out no code (s36, rep79 #5), but `分享笔记 1` (`/share note 1`)
on a note about it still gave one, and counted the share on the note's card, though a friend could buy none.
It now answers as `分享` does, no code and no share counted. (rep83 #7: 荔枝 pays no sharer rate, so no
word of commission; it says to send `分享笔记 1` again, not `分享`.)"""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_sharing_a_note_of_a_sold_out_buy_hands_out_no_code() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 20 库存 1")
    await room.say("bob", "+1")
    await room.say("bob", "种草 #1 荔枝很甜")
    await room.say("cat", "在吗")  # Cat is in the group

    zh = await room.say("cat", "分享笔记 1", private=True)
    en = await room.say("cat", "/share note 1", private=True, language="en")

    assert room.said(zh) == (
        "荔枝（#1）已经卖完了：现在分享出去，朋友也买不到，所以这次没有发分享码。"
        "等空出名额后再发“分享笔记 1”。"
    )
    assert room.said(en) == (
        "荔枝 (#1) is sold out: a friend you shared it with could not buy any now, "
        "so no share code was handed out. Send /share note 1 again if some comes free."
    )
    assert not any("团1-" in (reply.text or "") or "1-" in (reply.text or "") for reply in zh + en)

"""rep79 #5: `分享` on 荔枝 #1, sold out (all of it on Mei's line for 赵奶奶), still handed out a code with
`分享赚 10%`, though a friend could buy nothing with it; her friend Kim then joined with it and was only told
it was sold out. Sharing a sold-out group buy now says so and hands out no code. (rep83 #7: in a group the
answer goes privately, the group reading one line, as a share's code does.)"""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

SHARE_ZH = (
    "荔枝（#1）已经卖完了：现在分享出去，朋友也买不到，分享码不会带来佣金，所以这次没有发分享码。"
    "等空出名额后再发“分享”。"
)
SHARE_ZH_NUMBERED = SHARE_ZH.replace("“分享”", "“分享 #1”")


async def _all_on_zhaos_line() -> Chat:
    room = fake_chat()
    await room.say("ann", "接龙 荔枝 价格 20 库存 3")
    await room.say("ann", "佣金 10%")
    await room.say("mei", "帮赵奶奶报3份 6号楼101", name="Mei")
    return room


async def test_sharing_a_sold_out_buy_hands_out_no_code() -> None:
    room = await _all_on_zhaos_line()

    in_group = await room.say("mei", "分享", name="Mei")
    in_private = await room.say("mei", "分享 #1", private=True, name="Mei")

    # rep83 #7: answered privately, as a share's code is; in private, `分享 #1` is what to send again
    assert [(r.text, r.private_to) for r in in_group if r.text] == [
        ("Mei，已私信回复你。", None),
        (SHARE_ZH, "mei"),
    ]
    assert [r.text for r in in_private if r.text] == [SHARE_ZH_NUMBERED]
    assert not any("团1-" in (r.text or "") for r in in_group + in_private)


async def test_sharing_a_sold_out_buy_in_english() -> None:
    room = fake_chat()
    await room.say("ann", "/lang en")
    await room.say("ann", "/groupbuy Lychees price 20 stock 1")
    await room.say("ann", "/commission 10%")
    await room.say("bob", "+1")

    said = room.shared(await room.say("bob", "/share"))  # privately (rep83 #7)

    assert said == (
        "Lychees (#1) is sold out: a friend you shared it with could not buy any now, so a share code would "
        "earn nothing and none was handed out. Send /share again if some comes free."
    ), said

"""s37: `分享` on a sold-out group buy hands out no code (s36, rep79 #5: a friend could buy nothing with it),
but `分享` alone in her private chat still listed every open group buy of her groups with a code, the
sold-out ones too. Now that list gives codes for those a friend can still buy, names the sold-out ones
apart without a code, and with every one sold out says so and hands out none. A group buy whose every
option is sold out on its own (多规格) is sold out too, for `分享 #N` as for the list."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat


def _code(text: str) -> str:
    found = re.search(r"团?\d+-\w{4}", text)
    assert found is not None, text
    return found.group(0)


async def _two_open() -> Chat:
    room = fake_chat()
    room.title = "家庭群"
    await room.say("amy", "接龙 荔枝 价格 20 库存 1")
    await room.say("amy", "接龙 苹果 价格 5")
    await room.say("cat", "在吗")  # Cat is in 家庭群
    await room.say("bob", "+1 #1")  # the last lychee
    return room


async def test_the_list_names_a_sold_out_buy_without_a_code() -> None:
    room = await _two_open()
    apple = _code(room.shared(await room.say("cat", "分享 #2")))

    listed = room.said(await room.say("cat", "分享", private=True))

    assert listed == (
        "你所在群里和你跟了的进行中的团（新的在前）和你的分享码：\n"
        f"「家庭群」#2 苹果：{apple}（不设分享佣金）\n"
        "已经卖完、没有发分享码的：「家庭群」#1 荔枝（朋友现在买不到，空出名额后再发“分享”）\n"
        "朋友私聊我发分享码即可查看，发“+1 分享码”跟团。"
    ), listed
    assert "团1-" not in listed


async def test_the_list_in_english() -> None:
    room = await _two_open()

    listed = room.said(await room.say("cat", "/share", private=True, language="en")).splitlines()

    assert listed[0] == (
        "Open group buys in your groups or that you joined (newest first), with your share code for each:"
    )
    assert listed[1].startswith("家庭群 #2 苹果: 2-"), listed
    assert listed[2] == (
        "Sold out, so no code: 家庭群 #1 荔枝 "
        "(a friend could buy none now; send /share again if some comes free)."
    )


async def test_with_every_one_sold_out_no_code_is_handed_out() -> None:
    room = await _two_open()
    await room.say("amy", "取消团购 #2 确认")

    zh = room.said(await room.say("cat", "分享", private=True))
    en = room.said(await room.say("cat", "/share", private=True, language="en"))

    assert zh == (
        "你所在群里和你跟了的进行中的团都已经卖完了：「家庭群」#1 荔枝。现在分享出去，朋友也买不到，"
        "所以这次没有发分享码。等空出名额后再发“分享”。"
    )
    assert en == (
        "Every open group buy in your groups or that you joined is sold out: 家庭群 #1 荔枝. "
        "A friend could buy none now, so no share code was handed out. Send /share again if some comes free."
    )


async def test_every_option_sold_out_on_its_own_is_sold_out() -> None:
    room = fake_chat()
    room.title = "家庭群"
    await room.say("amy", "接龙 饺子 规格 猪肉:30:1,白菜:20:1")
    await room.say("bob", "+1 猪肉")
    await room.say("dan", "+1 白菜")

    listed = room.said(await room.say("bob", "分享", private=True))
    asked = room.said(await room.say("bob", "分享 #1", private=True))

    assert listed.startswith("你所在群里和你跟了的进行中的团都已经卖完了：「家庭群」#1 饺子。"), listed
    assert asked.startswith("饺子（#1）已经卖完了：现在分享出去，朋友也买不到"), asked

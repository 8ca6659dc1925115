"""rep83: a private copy of the card of a sold-out group buy (opened with a share code) still read
`💰 Share and earn 10%`, though a share of it brings nothing (`分享` there hands out no code), and the
private `分享` list named at most 5 sold-out group buys and left the rest out in silence. A sold-out card,
the group's and the copy, has no share line and offers the Wait button (per option on one with options);
the list counts those past the 5 it names."""

from __future__ import annotations

import re

from handlers.types import Button
from tests.unit.handlers.conftest import fake_chat


def _labels(buttons: tuple[tuple[Button, ...], ...]) -> list[str]:
    return [button.label for row in buttons for button in row]


async def test_a_sold_out_copy_has_no_share_line_and_a_wait_button() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 20 库存 1")
    await room.say("amy", "佣金 10%")
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say("cat", "分享")))
    assert found is not None
    before = await room.say("dan", found.group(0), private=True)
    assert "💰 分享赚 10%：发“分享”领你的分享码" in before[0].text  # still open: shared for 10%
    await room.say("bob", "+1")

    copy = (await room.say("dan", found.group(0), private=True))[0]

    assert copy.text == (
        "🛒 荔枝（#1）\n团长：Amy\n单价：¥20/份\n已订 1\n已售罄\n截止：11月24日 周二 12:00\n\n"
        "已有 1 条跟团（名单只在群里显示）"
    ), copy.text
    assert _labels(copy.buttons) == ["候补", "退出", "查看进度"]
    card = await room.say("bob", "进度")
    assert not any("💰" in (reply.text or "") for reply in card), card


async def test_a_sold_out_copy_in_english_with_options() -> None:
    room = fake_chat()
    await room.say("ann", "/lang en")
    await room.say("ann", "/groupbuy Jam options large:30,small:20 stock 1")
    await room.say("ann", "/commission 10%")
    found = re.search(r"\d+-\w{4}", room.shared(await room.say("tom", "/share")))
    assert found is not None
    await room.say("bob", "+1 large")

    copy = (await room.say("nia", found.group(0), private=True))[0]

    assert "Share and earn" not in copy.text and "💰" not in copy.text, copy.text
    assert "Sold out" in copy.text, copy.text
    assert _labels(copy.buttons) == ["Wait for large", "Wait for small", "Leave", "Progress"], copy.buttons


async def test_the_private_list_counts_sold_out_buys_past_the_five_named() -> None:
    room = fake_chat()
    room.title = "家庭群"
    await room.say("cat", "在吗")  # Cat is in 家庭群
    for n in range(1, 8):
        await room.say("amy", f"接龙 水果{n} 价格 5 库存 1")
        await room.say("bob", f"+1 #{n}")

    zh = room.said(await room.say("cat", "分享", private=True))
    en = room.said(await room.say("cat", "/share", private=True, language="en"))

    assert zh == (
        "你所在群里和你跟了的进行中的团都已经卖完了："
        "「家庭群」#7 水果7、「家庭群」#6 水果6、「家庭群」#5 水果5、「家庭群」#4 水果4、「家庭群」#3 水果3"
        "……另有 2 个。现在分享出去，朋友也买不到，所以这次没有发分享码。等空出名额后再发“分享”。"
    ), zh
    assert en.startswith(
        "Every open group buy in your groups or that you joined is sold out: "
        "家庭群 #7 水果7, 家庭群 #6 水果6, 家庭群 #5 水果5, 家庭群 #4 水果4, 家庭群 #3 水果3 … and 2 more. "
        "A friend could buy none now"
    ), en

"""Cat, in 公司群 (which help-sells Amy's 芒果) and in 花园群 (where Dan runs group buys), sent `分享`
alone in her private chat with the bot and was only asked for a number, though her groups had group buys open.
A bare `分享` (`/share`) there now lists the open group buys of her groups, newest first, at most five,
each with its group, number, product and her code as `分享 #N` gives it (公司群's 帮卖 code for 芒果),
with how to get the rest; with none open she is told so and how to share. In a group, a bare `分享`
still gives the code of the group buy open there."""

from __future__ import annotations

import re

from handlers.sharing import share_payload
from handlers.types import ChatKind, Request
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

NONE_OPEN = "你所在的群里现在没有进行中的团。要分享，在团所在的群里发“分享”（或“分享 #团号”）。"


def _code(text: str) -> str:
    found = re.search(r"团\d+-\w{4}", text)
    assert found is not None, text
    return found.group(0)


async def test_a_bare_share_in_private_lists_the_open_group_buys_of_her_groups() -> None:
    _, office = await help_sold("接龙 芒果 价格 35 截止 2小时")
    garden = Chat(office.app, chat_id="garden", title="花园群")
    assert office.said(await office.say("cat", "分享", private=True)) == NONE_OPEN  # in no group yet
    await office.say("cat", "+1")  # Cat in 公司群
    await garden.say("cat", "在吗")  # and seen in 花园群
    await garden.say("dan", "接龙 苹果 价格 5")
    await garden.say("dan", "佣金 5%")
    mango = _code(office.said(await office.say("cat", "分享 #1", private=True)))  # 公司群's 帮卖 code
    apple = _code(garden.shared(await garden.say("cat", "分享 #2")))

    listed = office.said(await office.say("cat", "分享", private=True))
    assert listed == (
        "你所在群里和你跟了的进行中的团（新的在前）和你的分享码：\n"
        f"「花园群」#2 苹果：{apple}（分享赚 5%）\n"
        f"「公司群」#1 芒果：{mango}（不设分享佣金）\n"
        "朋友私聊我发分享码即可查看，发“+1 分享码”跟团。"
    )
    english = office.said(await office.say("cat", "/share", private=True, language="en"))
    assert english.splitlines()[1:3] == [
        f"花园群 #2 苹果: {apple.removeprefix('团')} (share and earn 5%)",  # English: without 团
        f"公司群 #1 芒果: {mango.removeprefix('团')} (no sharer commission)",
    ]

    for n in range(3, 8):
        await garden.say("dan", f"接龙 葡萄{n} 价格 5")
    many = office.said(await office.say("cat", "分享", private=True)).splitlines()
    assert [line.split("：")[0] for line in many[1:6]] == [f"「花园群」#{n} 葡萄{n}" for n in range(7, 2, -1)]
    assert many[-1] == "…… 还有 2 个进行中的团：发“分享 #团号”（例如 分享 #12）领它的分享码。"

    in_a_group = garden.said(await garden.say("cat", "分享"))  # in a group: as before
    assert in_a_group.endswith("请带上编号，例如 分享 #2。")
    assert office.shared(await office.say("cat", "分享")) == office.shared(await office.say("cat", "分享 #1"))


async def test_a_bare_share_in_private_with_none_open_says_how_to_share() -> None:
    family, office = await help_sold("接龙 芒果 价格 35 截止 2小时")
    await office.say("cat", "+1")
    await family.say("amy", "取消团购 #1 确认")
    replies = await office.say("cat", "分享", private=True)
    assert office.said(replies) == NONE_OPEN


async def test_on_telegram_a_bare_share_in_private_gives_her_link_for_each() -> None:
    _, office = await help_sold("接龙 芒果 价格 35 截止 2小时")
    app = office.app
    await app.handle(Request("telegram", "office", "7", "Cat", text="+1", chat_title="公司群"))
    private = ChatKind.PRIVATE
    replies = await app.handle(Request("telegram", "7", "7", "Cat", text="/share", chat_kind=private))
    payload = share_payload(1, "7", app.config.payment_secret, listing_id=1)  # 公司群's listing link
    said = office.said(replies)
    assert f"公司群 #1 芒果: https://t.me/tuan_bot?start={payload} (code 1-" in said, said

"""A black-box finding: a group buy of 吃货群 help-sold (帮卖) in 七号楼 was run by an admin of 七号楼 only,
typing there, as if he were its organiser: 踢出 took a buyer of 吃货群 off, 修改 moved its deadline and cut
its price, 帮卖 开 raised its commission, 代报 added a line, 取消 called it off for every group. A chat's
admin acts for the organiser on that chat's own group buys only (`GroupBuy.may_manage`'s `in_chat`): in a
group that only lists another's, he is refused as any member is. The organiser, and an admin of the
group buy's own group, still may (the organiser told privately of the admin's change)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _help_sold() -> tuple[Chat, Chat]:
    """芒果 (#1) of 吃货群 (Bob ×2), help-sold in 七号楼, whose only admin is Adm."""
    home = fake_chat()
    home.title = "吃货群"
    other = Chat(app=home.app, chat_id="qihao", title="七号楼")
    other.admins = {"adm"}
    await home.say("lao", "接龙 芒果 价格 88 成团 3 库存 10 截止 明天晚上8点")
    await home.say("bob", "+2")
    await home.say("lao", "帮卖 开 10%")
    await other.say("kim", "帮卖 #1")
    return home, other


@pytest.mark.parametrize(
    ("typed", "refusal"),
    [
        ("踢出 #1 @Bob", "只有团长（Lao）可以这样做，没有任何改动。"),
        ("修改 #1 截止 2小时", "只有团长（Lao）可以这样做，没有任何改动。"),
        ("修改 #1 价格 10", "只有团长（Lao）可以这样做，没有任何改动。"),
        ("帮卖 开 40%", "只有团长（Lao）可以这样做，没有任何改动。"),
        ("代报 #1 张三 1", "只有团长（Lao）可以这样做，没有任何改动。"),
        ("取消 #1 确认 不想卖了", "只有团长（Lao）可以取消团购 #1，没有任何改动。"),
        ("收款方式 #1 微信 adm888", "只有团长（Lao）可以这样做，没有任何改动。"),
        ("/remove #1 @Bob", "Only the organiser (Lao) can do that: nothing was changed."),
        ("/edit #1 price 10", "Only the organiser (Lao) can do that: nothing was changed."),
        ("/cancel #1 confirm no", "Only the organiser (Lao) can call group buy #1 off: nothing was changed."),
    ],
)
async def test_an_admin_of_the_listing_group_only_is_refused_as_any_member(typed: str, refusal: str) -> None:
    home, other = await _help_sold()
    card = await home.card()
    mentions = ("bob",) if "@Bob" in typed else ()

    replies = await other.say("adm", typed, mentions=mentions)

    assert Chat.said(replies) == refusal
    assert not Chat.private(replies), replies  # nobody told of a change: there is none
    assert await home.card() == card
    assert "40%" not in Chat.said(await home.say("lao", "帮卖"))  # the rate it had


async def test_the_organiser_still_removes_a_buyer_from_her_group() -> None:
    home, _ = await _help_sold()

    replies = await home.say("lao", "踢出 #1 @Bob", mentions=("bob",))

    assert Chat.said(replies).startswith("Lao 把 Bob（×2）移出了 芒果（#1）"), replies
    assert "Bob" not in await home.card()


async def test_an_admin_of_its_own_group_still_acts_and_the_organiser_is_told_privately() -> None:
    home, other = await _help_sold()
    home.admins = {"adm2"}

    removed = await home.say("adm2", "踢出 #1 @Bob", mentions=("bob",))
    cancelled = await home.say("adm2", "取消 #1 确认 不想卖了")

    assert Chat.said(removed).startswith("Adm2 把 Bob（×2）移出了 芒果（#1）"), removed
    assert Chat.private(removed)["lao"] == "Adm2 把 Bob（×2）移出了你的 芒果（#1）。"
    assert Chat.private(cancelled)["lao"].startswith("Adm2 取消了你的 芒果（#1）"), cancelled
    assert "已取消" in await other.card()

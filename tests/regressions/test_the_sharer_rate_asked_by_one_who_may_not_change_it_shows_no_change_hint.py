"""A buyer asking the sharer rate (`/commission`, `佣金 #1`) was told how to change it
(`To change it: /commission 5% (0 to stop).`, `修改：佣金 5%（0 为关闭）。`), a command then refused to
him; so was anyone in a group that lists it (帮卖), even its admin. Now one who may not change it reads
the rate and, when it pays, how sharing earns it (the help-seller of that group: the rate only, her code
earns her rate); the organiser and an admin of the group buy's own group keep the hint."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

HINT_ZH = "#1 的分享佣金是 5%。修改：佣金 5%（0 为关闭）。"
HINT_EN = "Sharers of #1 earn 5%. To change it: /commission 5% (0 to stop)."
MEMBER_ZH = "#1 的分享佣金是 5%：发“分享”领你的分享码，朋友用它跟团付款后，按这个比例给你计佣金。"
MEMBER_EN = (
    "Sharers of #1 earn 5%: send /share for your share code; "
    "when friends join with it and pay, you earn that rate."
)


async def test_the_sharer_rate_asked_by_one_who_may_not_change_it_shows_no_change_hint() -> None:
    chat = fake_chat()
    chat.admins = {"ada"}
    await chat.say("amy", "接龙 芒果 价格 100 成团 1")
    await chat.say("amy", "佣金 5%")

    assert chat.said(await chat.say("bob", "/commission")) == MEMBER_EN
    assert chat.said(await chat.say("bob", "佣金 #1")) == MEMBER_ZH
    assert chat.said(await chat.say("amy", "佣金 #1")) == HINT_ZH
    assert (
        chat.said(await chat.say("ada", "/commission")) == HINT_EN
    )  # an admin of its own group may change it
    assert chat.said(await chat.say("ada", "佣金 #1")) == HINT_ZH

    await chat.say("amy", "帮卖 开 10%")
    other = Chat(app=chat.app, chat_id="nb", title="邻居群")
    other.admins = {"fay"}  # an admin there is a member like any other for it
    await other.say("eve", "帮卖 #1")
    assert other.said(await other.say("fay", "/commission")) == MEMBER_EN
    assert other.said(await other.say("fay", "佣金 #1")) == MEMBER_ZH
    assert other.said(await other.say("eve", "佣金 #1")) == "#1 的分享佣金是 5%。"  # her code earns her 10%
    assert other.said(await other.say("amy", "佣金 #1")) == HINT_ZH

    await chat.say("amy", "佣金 0")
    assert chat.said(await chat.say("bob", "佣金 #1")) == "#1 的分享佣金是 0%。"
    assert chat.said(await chat.say("dan", "/commission")) == "Sharers of #1 earn 0%."

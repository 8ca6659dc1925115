"""Session 13 (fd): a 代报 guest's pickup code goes to the organiser who added the guest. On WeChat, with that
organiser not the bot's friend, the room read `你的取货码已生成…再私信我“我的订单”查看`: as if the code were
hers, and her 我的订单 holds no guest's order. The room now names the guest and says where she reads the
code once she adds the bot: her list, `名单 #1`, sent to the bot in private, which shows a paid guest's code
to pass on (never in the group's list)."""

from __future__ import annotations

from tests.regressions.test_a_pickup_code_is_never_posted_in_the_group import CODE, ROOM, Room
from tests.unit.handlers.conftest import Chat, fake_chat

NOTICE = (
    "王阿姨 的取货码已生成，但我无法私信你，取货码也不会发在群里："
    "请先加我为好友，再私信我“名单 #1”查看，并转告 王阿姨。"
)


async def test_the_room_names_the_guest_whose_code_the_organiser_could_not_be_sent() -> None:
    room = Room()  # 赵六, the organiser here, is not the bot's friend
    await room.say("赵六", "接龙 芒果 价格 88 成团 2")
    await room.say("赵六", "代报 王阿姨 2")
    await room.say("赵六", "截单")

    paid = await room.say("赵六", "已收 1-1")

    in_room = [text for where, text in paid if where == ROOM and not text.startswith("🛒")]
    assert in_room == [f"@赵六\u2005✅ 王阿姨 的订单 #1-1 已付款。\n\n{NOTICE}"]
    assert "你的取货码" not in "".join(in_room)
    assert not [text for _, text in paid if CODE.search(text)]


async def test_the_organisers_private_list_shows_a_paid_guests_code_and_the_groups_does_not() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Honey price 40 target 3 ends today 20:00")
    await chat.say("amy", "/add Aunt Wang 3")
    await chat.say("amy", "/close")
    told = Chat.private(await chat.say("amy", "/paid 1-1"))
    code = told["amy"].rsplit("Aunt Wang's pickup code: ", 1)[1].split(":", 1)[0]

    private = await chat.say("amy", "/list #1", private=True)
    public = Chat.said(await chat.say("amy", "/list"))

    [listed] = [reply for reply in private if reply.text.startswith("📋")]
    assert "Aunt Wang ×3 (added by Amy)" in listed.text
    assert f"pickup code for Aunt Wang: {code}" in listed.text
    assert listed.secret  # never posted in a group (WeChat: an organiser who is not the bot's friend)
    assert code not in public

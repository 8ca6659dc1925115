"""Through real python-wechaty objects on a recording puppet: WeChat messages in, what members see out."""

from __future__ import annotations

from grpclib.const import Status
from grpclib.exceptions import GRPCError
from wechaty_puppet.schemas.types import MessageType

from handlers.types import Button, ChatKind, Reply, Request
from tests.adapters.wechat.conftest import World
from tests.adapters.wechat.recording_puppet import BOT, LI, ROOM, SHOP, WANG, ZHANG, ZHAO, Sent


async def test_a_room_message_becomes_a_request_from_the_member(world: World) -> None:
    message_id = await world.puppet.say(LI, "+1")

    assert world.chat.requests == [
        Request(
            platform="wechat",
            chat_id=ROOM,
            user_id=LI,
            display_name="李四",
            chat_kind=ChatKind.GROUP,
            text="+1",
            message_id=message_id,
            update_id=message_id,
            chat_title="芒果团购群",  # the room's topic
        )
    ]


async def test_the_room_alias_is_the_members_name(world: World) -> None:
    await world.puppet.say(WANG, "+2")

    assert (world.chat.requests[0].display_name, world.chat.requests[0].alias) == ("王五", "王五")


async def test_an_answer_in_the_room_mentions_the_member_by_room_alias(world: World) -> None:
    await world.puppet.say(WANG, "+1")

    assert world.puppet.sent == [Sent(ROOM, "@王五\u2005收到 +1", (WANG,))]


async def test_the_bots_own_messages_are_not_answered(world: World) -> None:
    await world.puppet.say(LI, "+1")  # the answer comes back to the bot as its own message

    assert [r.user_id for r in world.chat.requests] == [LI]
    assert len(world.puppet.sent) == 1


async def test_a_mention_of_a_member_arrives_as_request_mentions(world: World) -> None:
    await world.puppet.say(ZHANG, "已收 @王五\u2005", mentions=(WANG,))

    request = world.chat.requests[0]
    assert (request.text, request.mentions) == ("已收 @王五", (WANG,))


async def test_a_mention_of_the_bot_is_taken_out_of_the_text(world: World) -> None:
    await world.puppet.say(LI, "@团购助手\u2005进度", mentions=(BOT,))

    request = world.chat.requests[0]
    assert (request.text, request.mentions) == ("进度", ())


async def test_a_private_message_is_a_private_chat_answered_without_mentions(world: World) -> None:
    await world.puppet.say(LI, "我的订单", room=None)

    request = world.chat.requests[0]
    assert (request.chat_id, request.chat_kind, request.user_id) == (LI, ChatKind.PRIVATE, LI)
    assert world.puppet.sent == [Sent(LI, "收到 我的订单", ())]


async def test_pictures_and_official_accounts_are_not_for_the_bot(world: World) -> None:
    await world.puppet.say(LI, "photo.jpg", kind=MessageType.MESSAGE_TYPE_IMAGE)
    await world.puppet.say(SHOP, "+1", room=None)

    assert world.chat.requests == []
    assert world.puppet.sent == []


async def test_a_message_delivered_twice_is_handled_once(world: World) -> None:
    message_id = await world.puppet.say(LI, "+1")
    await world.puppet.redeliver(message_id)

    assert len(world.chat.requests) == 1
    assert world.puppet.texts() == ["@李四\u2005收到 +1"]


async def test_buttons_become_numbered_choices_and_a_number_taps_one(world: World) -> None:
    def script(request: Request) -> list[Reply]:
        if request.button:
            return [Reply(text=f"pressed {request.button}")]
        join, status = Button("跟团", "gb:join:1"), Button("查看进度", "gb:status:1")
        return [Reply(text="海南贵妃芒还在拼", buttons=((join, status),))]

    world.chat.script = script
    await world.puppet.say(LI, "芒果还有吗")
    await world.puppet.say(LI, "２")

    assert world.puppet.texts() == [
        "@李四\u2005海南贵妃芒还在拼\n回复 1 跟团，2 查看进度",
        "@李四\u2005pressed gb:status:1",
    ]
    assert world.chat.requests[1].button == "gb:status:1"
    assert world.chat.requests[1].text == ""


async def test_a_card_is_posted_to_the_room_with_its_choices(world: World) -> None:
    world.chat.cards[1] = Reply(
        text="🥭 海南贵妃芒 ¥88\n1. 李四 ×1",
        buttons=((Button("跟团", "gb:join:1"),),),
        card_of=1,
        chat_id=ROOM,
    )
    world.chat.script = lambda r: [Reply(card_of=1, new_card=True)]
    await world.puppet.say(ZHANG, "接龙 海南贵妃芒 价格 88")
    await world.puppet.say(WANG, "1")  # anyone in the room may answer a card

    assert world.puppet.sent[0] == Sent(ROOM, "🥭 海南贵妃芒 ¥88\n1. 李四 ×1\n回复 1 跟团", ())
    assert world.chat.requests[1].button == "gb:join:1"


async def test_a_mention_without_ids_is_resolved_by_the_name_the_member_spoke_under(world: World) -> None:
    await world.puppet.say(WANG, "+2")  # 王五 (his room alias) spoke here
    await world.puppet.say(ZHANG, "已收 @王五\u2005")  # a puppet that sends no mention ids
    await world.puppet.say(ZHANG, "已收 @王五\u2005@小明\u2005")  # 小明 never spoke: no guessing

    assert [r.mentions for r in world.chat.requests] == [(), (WANG,), ()]


async def test_a_private_message_to_a_member_who_is_not_a_friend_goes_to_the_room(world: World) -> None:
    world.chat.script = lambda r: [
        Reply(text="✅ 成团了"),
        Reply(text="订单 #1：¥78", private_to=LI),
        Reply(text="订单 #2：¥78", private_to=ZHAO),
    ]
    await world.puppet.say(ZHANG, "截单")

    assert world.puppet.sent == [
        Sent(ROOM, "@张三\u2005@赵六\u2005✅ 成团了\n\n订单 #2：¥78", (ZHANG, ZHAO)),  # the sender too
        Sent(LI, "订单 #1：¥78", ()),
    ]


async def test_a_refresh_of_a_card_never_posted_in_the_room_posts_nothing(world: World) -> None:
    world.chat.cards[-1] = Reply(text="笔记 #1 · 李四\n芒果很甜", card_of=-1, chat_id=ROOM)
    world.chat.script = lambda r: [Reply(card_of=-1, chat_id=ROOM, refresh=True)]
    await world.puppet.say(ZHANG, "+1")  # a note taken in digest mode: its card was never posted
    assert world.puppet.sent == []

    world.chat.script = lambda r: [Reply(card_of=-1, chat_id=ROOM)]  # posted (its note, posted now)
    await world.puppet.say(ZHANG, "种草 芒果很甜")
    world.chat.script = lambda r: [Reply(card_of=-1, chat_id=ROOM, refresh=True)]
    await world.puppet.say(ZHANG, "+1")
    assert [sent.text for sent in world.puppet.sent] == ["笔记 #1 · 李四\n芒果很甜"]


async def test_a_private_message_the_gateway_refuses_for_good_is_told_in_the_room_once(world: World) -> None:
    world.puppet.failing[LI] = GRPCError(Status.UNKNOWN, f"{LI} is not a friend of the bot")
    world.chat.script = lambda r: [Reply(text="✅ 成团了"), Reply(text="订单 #1：¥78", private_to=LI)]
    await world.puppet.say(ZHANG, "截单")
    world.chat.script = lambda r: [Reply(text="取货码 4827", private_to=LI, secret=True)]
    await world.puppet.say(ZHANG, "已收 1-1")

    note = (
        "我发给你的私信没能送达，内容也不会发在群里：请先加我为好友，再私信我“我的订单”查看；"
        "还是收不到请联系团长。"
    )
    assert world.puppet.sent == [
        Sent(ROOM, "@张三\u2005✅ 成团了", (ZHANG,)),
        Sent(ROOM, f"@李四\u2005{note}", (LI,)),  # once: not again for the code
    ]


async def test_a_private_message_the_gateway_could_not_take_now_is_not_told(world: World) -> None:
    world.puppet.failing[LI] = GRPCError(Status.UNAVAILABLE, "connect ECONNREFUSED 127.0.0.1:8788")
    world.chat.script = lambda r: [Reply(text="✅ 成团了"), Reply(text="订单 #1：¥78", private_to=LI)]
    await world.puppet.say(ZHANG, "截单")

    # tried again later (by the rows), nothing told
    assert world.puppet.sent == [Sent(ROOM, "@张三\u2005✅ 成团了", (ZHANG,))]

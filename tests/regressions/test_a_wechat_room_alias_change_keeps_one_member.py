"""Session 28 (rep47 #8): a room-alias (群昵称) change split one person into two. 李四 became 李四-3栋 and
joined again: the card read `李四 小的 ×2` and `李四-3栋 大的 ×1`. 王五 became 五哥: `已收 @五哥` (typed,
no mention ids) got `本群里没有叫 五哥 的成员`, and the bot kept writing `@王五`. A member is her contact
id: each of her lines on the card shows her latest name, `@五哥` finds her (the room's members as
WeChat names them now), and the bot mentions her as WeChat names her now."""

from __future__ import annotations

from types import SimpleNamespace

from bot.wechat.adapter import NameBook
from bot.wechat.client import WechatyTransport
from tests.adapters.wechat.aliased_room import ROOM
from tests.adapters.wechat.aliased_room import AliasedRoom as Room


async def test_her_lines_on_the_card_show_her_latest_name() -> None:
    room = Room()
    await room.say("wxid_amay", "阿May", "接龙 西瓜 规格 小的:30,大的:40")
    await room.say("wxid_lisi", "李四", "+2 小的")
    await room.say("wxid_zhang", "张三", "+1 小的")
    said = await room.say("wxid_lisi", "李四-3栋", "+1 大的")
    said += await room.say("wxid_amay", "阿May", "进度")

    card = [text for text in said if text.startswith("🛒")][-1]
    assert "1. 李四-3栋 小的 ×2" in card
    assert "3. 李四-3栋 大的 ×1" in card
    assert "李四 小的" not in card


async def test_a_typed_at_new_alias_finds_her() -> None:
    room = Room()
    await room.say("wxid_amay", "阿May", "接龙 草莓 价格 118")
    await room.say("wxid_wangwu", "王五", "+1")
    await room.say("wxid_qian", "钱七", "+1")
    await room.say("wxid_amay", "阿May", "截单")
    room.aliases["wxid_wangwu"] = "五哥"  # changed in WeChat; she has not spoken since

    said = await room.say("wxid_amay", "阿May", "已收 @五哥")

    assert said[0] == "@wxid_wangwu\u2005✅ 王五 的订单 #1-1 已付款。"


async def test_the_bot_mentions_her_by_the_name_wechat_gives_now() -> None:
    async def room_member_payload(room_id: str, contact_id: str) -> SimpleNamespace:
        return SimpleNamespace(room_alias="五哥", name="Wang Wu")

    names = NameBook()
    names.learn(ROOM, "wxid_wangwu", "王五")
    transport = WechatyTransport(names)
    transport.bot = SimpleNamespace(puppet=SimpleNamespace(room_member_payload=room_member_payload))

    assert await transport.name(ROOM, "wxid_wangwu") == "五哥"
    assert names.find(ROOM, "五哥") == "wxid_wangwu"
    assert names.find(ROOM, "王五") is None


async def test_the_rooms_members_are_read_from_wechat_at_most_once_a_minute() -> None:
    reads: list[str] = []

    async def room_members(room_id: str) -> list[str]:
        reads.append(room_id)
        return ["wxid_wangwu"]

    async def room_member_payload(room_id: str, contact_id: str) -> SimpleNamespace:
        return SimpleNamespace(room_alias="五哥", name="Wang Wu")

    transport = WechatyTransport(NameBook())
    puppet = SimpleNamespace(room_members=room_members, room_member_payload=room_member_payload)
    transport.bot = SimpleNamespace(puppet=puppet)

    first = await transport.room_names(ROOM)
    again = await transport.room_names(ROOM)  # `已收 @typo` twice: a big room is a call per member

    assert first == again == {"wxid_wangwu": "五哥"}
    assert reads == [ROOM]

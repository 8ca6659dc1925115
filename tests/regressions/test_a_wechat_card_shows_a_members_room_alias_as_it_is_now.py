"""Review 47 (WeChat): the card kept a member's OLD room alias (群昵称) until she joined again. 王五
became 五哥: `已收 @五哥` found her (session 28), yet the card it ticked still read `1. 王五 ×1 ✅`, and
so did `名单`; 李四 who became 李四-3栋 and only chatted stayed 李四 on the list. Once the bot knows the
new name (the room's members read for an `@name`, or her message under it), her lines say it: the card
and `名单` show each member as the room calls her now."""

from __future__ import annotations

from tests.adapters.wechat.aliased_room import AliasedRoom as Room


def card_of(said: list[str]) -> str:
    return [text for text in said if "🛒" in text][-1]


async def test_the_card_and_the_list_show_the_alias_an_at_name_found() -> None:
    room = Room()
    await room.say("wxid_amay", "阿May", "接龙 草莓 价格 118")
    await room.say("wxid_wangwu", "王五", "+1")
    await room.say("wxid_qian", "钱七", "+1")
    await room.say("wxid_amay", "阿May", "截单")
    room.aliases["wxid_wangwu"] = "五哥"  # changed in WeChat; she has not spoken since

    card = card_of(await room.say("wxid_amay", "阿May", "已收 @五哥"))
    assert "1. 五哥 ×1 ✅" in card
    assert "王五" not in card

    listed = "\n".join(await room.say("wxid_amay", "阿May", "名单"))
    assert "1. 五哥 ×1 ✅" in listed
    assert "王五" not in listed


async def test_a_member_who_chats_under_her_new_alias_is_listed_under_it() -> None:
    room = Room()
    await room.say("wxid_amay", "阿May", "接龙 西瓜 价格 39")
    await room.say("wxid_lisi", "李四", "+2")
    assert await room.say("wxid_lisi", "李四-3栋", "大家好") == []  # chatter: no answer, her name now known

    card = card_of(await room.say("wxid_amay", "阿May", "进度"))
    assert "1. 李四-3栋 ×2" in card
    assert "李四 ×2" not in card

"""Session 34: about 18 private copies of answers typed in a group, sent to whoever typed them, spoke the
group's language instead of their reader's: Bob, whose app is English, typed `/ipaid 1-1` in a Chinese
room and read his payment's amount privately in Chinese; an organiser lowering a limit or cancelling the
unpaid read who was over or whose orders went in the group's language. Each private copy now follows its
reader: her private chat's `/lang`, else her app's language, else the group's (never a guess from words);
a buyer's own /ipaid copy too, as her order comes to her (session 35; rep75 #6 had both follow her words)."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


def _room() -> Chat:
    room = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), outbox_platform="telegram")
    room.platform = "telegram"
    return room


def _to(replies: list[Reply], who: str) -> list[str]:
    return [r.text for r in replies if r.private_to == who and r.text]


async def test_ipaid_typed_in_a_chinese_group_is_copied_to_an_english_app_in_english() -> None:
    room = _room()
    await room.say("amy", "/lang zh")
    await room.say("amy", "接龙 芒果 价格 88")
    await room.say("bob", "+1")
    await room.say("amy", "截单")
    replies = await room.say("bob", "/ipaid 1-1", language="en")
    assert room.said(replies) == (
        "收到，Bob：已请 Amy 确认你订单 #1-1 的付款，金额已私信发给你。确认前接龙卡片上显示 💸。"
    )
    assert _to(replies, "bob") == [
        "Thanks, Bob: Amy is asked to confirm your payment of ¥88 for order #1-1."
        " The card shows 💸 until they do."
    ]


async def test_ipaid_in_an_english_group_is_copied_in_chinese_to_one_whose_private_lang_is_zh() -> None:
    room = _room()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Mangoes price 88")
    await room.say("mei", "+1")
    await room.say("mei", "/lang zh", private=True)
    await room.say("amy", "/close")
    replies = await room.say("mei", "/ipaid 1-1")
    assert room.said(replies).startswith("Thanks, Mei: Amy is asked to confirm your payment for order #1-1;")
    assert _to(replies, "mei") == [
        "收到，Mei：已请 Amy 确认你订单 #1-1 的付款 ¥88。确认前接龙卡片上显示 💸。"
    ]


async def test_ipaid_from_a_member_with_no_app_language_follows_the_group_as_his_order() -> None:
    # session 35 (rep75 #6 had both follow `how much?`): his order comes to him in the group's language,
    # never the words he typed, and so does his /ipaid's private copy
    room = _room()
    await room.say("amy", "/lang zh")
    await room.say("amy", "接龙 芒果 价格 88")
    await room.say("bob", "+1")
    await room.say("bob", "how much?")
    closed = await room.say("amy", "截单")
    assert _to(closed, "bob")[0].startswith("你在 芒果（#1）的订单 #1-1：")
    replies = await room.say("bob", "/ipaid 1-1")
    [copy] = _to(replies, "bob")
    assert copy.startswith("收到，Bob：已请 Amy 确认你订单 #1-1 的付款 ¥88。"), copy


async def test_a_lowered_limit_tells_an_english_organiser_in_english_in_a_chinese_group() -> None:
    room = _room()
    await room.say("amy", "/lang zh")
    await room.say("ken", "接龙 芒果 价格 88 成团 1 库存 20 限购 5", language="en")
    await room.say("troll", "+2")
    await room.say("troll", "+1 帮 小王")
    edited = await room.say("ken", "修改 #1 限购 2", language="en")
    assert room.said(edited) == "已修改 芒果（#1）：限购 2。"
    assert _to(edited, "ken") == [
        "芒果 (#1): 1 member already holds more than the new limit of 2 per person, the lines they signed up"
        " for friends counted: Troll 3. Nothing was taken from them; their next joins count all their lines"
        " and are refused while they are over."
    ]


async def test_cancelling_the_unpaid_names_them_to_an_english_organiser_in_english() -> None:
    room = _room()
    await room.say("amy", "/lang zh")
    await room.say("ken", "接龙 鸡蛋 价格 40 库存 3", language="en")
    await room.say("lin", "+1")
    await room.say("ken", "截单", language="en")
    replies = await room.say("ken", "取消未付款 #1 确认", language="en")
    [told] = [text for text in _to(replies, "ken") if "unpaid order" in text or "未付款订单" in text]
    assert told.startswith("鸡蛋 (#1): the 1 unpaid order (the group was told only how many): #1-1 Lin"), told

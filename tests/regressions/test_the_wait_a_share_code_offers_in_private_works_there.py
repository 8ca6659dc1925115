"""rep82 #2: Nia, new, opened Bob's code for sold-out Jam in her private chat and was told `To wait for it,
say which option, e.g. /waitlist #2 large 1`; that exact command (and `/wait #2 small 1`, offered by
`+1 small 2-APKC`) was then refused there: `In a private chat I can't act on group buy #2…`. A dead end: she
is not in the group, and the card there has no Wait button. A wait typed in private for the group buy whose
card she opened there lately now waits for it, as the card's Wait would; when she moves in she is told
privately (she is never seen in the group that is told); another group buy named is refused as before."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat


def _code(text: str) -> str:
    found = re.search(r"团?\d+-\w{4}", text)
    assert found is not None, text
    return found.group(0)


async def _jam_sold_out(lang: str) -> tuple[Chat, str]:
    room = fake_chat(default_language=lang)
    if lang == "en":
        await room.say("amy", "/groupbuy Jam options small:10:3,large:20:2 deadline 2h")
        await room.say("amy", "/commission 10%")
        await room.say("cat", "+2 large", name="Cat")
        await room.say("dan", "+2 small", name="Dan")
        code = _code(room.shared(await room.say("bob", "/share", name="Bob")))
        await room.say("dan", "+1 small", name="Dan")
    else:
        await room.say("amy", "接龙 果酱 规格 小:10:3,大:20:2 截止 2小时")
        await room.say("amy", "佣金 10%")
        await room.say("cat", "+2 大", name="Cat")
        await room.say("dan", "+2 小", name="Dan")
        code = _code(room.shared(await room.say("bob", "分享", name="Bob")))
        await room.say("dan", "+1 小", name="Dan")
    return room, code


def _texts(replies: list) -> list[str]:  # type: ignore[type-arg]
    return [reply.text for reply in replies if reply.text]


async def test_the_wait_offered_for_a_code_in_private_is_taken_there() -> None:
    room, code = await _jam_sold_out("en")
    await room.say("nia", code, private=True, name="Nia")
    offered = _texts(await room.say("nia", f"+1 {code}", private=True, name="Nia"))
    assert offered == [
        "Sorry, Jam is sold out. To wait for it, say which option, e.g. /waitlist #1 large 1 (small ¥10 / "
        "large ¥20): whatever comes free goes to the first in line whose quantity fits."
    ], offered

    said = _texts(await room.say("nia", "/waitlist #1 large 1", private=True, name="Nia"))

    assert said == [
        "Nia is on the waiting list of Jam large (#1) for 1: number 1 in line. Whatever comes free goes to "
        "the first in line whose quantity fits (too few for yours: you keep your place, and someone behind "
        "you who wants fewer may move in first); if yours moves in, you are told. To stop waiting: /unwait"
    ], said
    assert "sold out · 1 waiting" in await room.card()


async def test_she_is_told_privately_when_she_moves_in() -> None:
    room, code = await _jam_sold_out("en")
    await room.say("nia", code, private=True, name="Nia")
    await room.say("nia", "/wait #1 large 1", private=True, name="Nia")

    replies = await room.say("cat", "-1 large", name="Cat")

    assert "🎉 In from the waiting list of Jam (#1): Nia large ×1." in _texts(replies), replies
    assert room.private(replies) == {
        "nia": "Your wait for Jam large (#1) got in: 1 is now on your line. When it closes you will be told "
        "your order and how to pay here."
    }
    assert "Nia large ×1" in await room.card()


async def test_in_chinese() -> None:
    room, code = await _jam_sold_out("zh")
    offered = _texts(await room.say("nia", f"+1 小 {code}", private=True, name="Nia"))
    assert offered == [
        "抱歉，果酱 已经全部卖完了，所有规格都没有了。想候补 小 请发“候补 #1 小 1”：空出的数量按排队顺序，"
        "补给数量放得下的人。"
    ], offered

    said = _texts(await room.say("nia", "候补 #1 小 1", private=True, name="Nia"))
    left = _texts(await room.say("dan", "-1 小", name="Dan"))

    assert said == [
        "Nia 已候补 果酱 小（#1）1 份，排第 1 位。空出的数量按排队顺序，补给数量放得下的人"
        "（空出的不够你要的数量时，你保留位置，后面要得少的可能先补上），补上了会通知你。不等了发“取消候补”。"
    ], said
    assert (
        "你候补的 果酱 小（#1）补上了：1 份 已经记在你名下，截单后会在这里告诉你订单和付款方式。" in left
    ), left


async def test_a_member_waiting_in_the_group_is_told_there_only() -> None:
    room, _ = await _jam_sold_out("zh")
    await room.say("tom", "候补 大 1", name="Tom")

    replies = await room.say("cat", "-1 大", name="Cat")

    assert room.private(replies) == {}
    assert any("🎉 候补补上了" in text for text in _texts(replies))


async def test_stopping_the_wait_in_private_works_too() -> None:
    room, code = await _jam_sold_out("zh")
    await room.say("nia", code, private=True, name="Nia")
    await room.say("nia", "候补 大 1", private=True, name="Nia")

    said = _texts(await room.say("nia", "取消候补", private=True, name="Nia"))

    assert len(said) == 1 and "果酱" in said[0] and "私聊" not in said[0], said
    assert "候补 1 人" not in await room.card()


async def test_another_group_buy_named_is_still_refused() -> None:
    room, code = await _jam_sold_out("en")
    await room.say("amy", "/groupbuy Tea price 5 stock 1 deadline 2h")
    await room.say("cat", "+1 #2", name="Cat")
    await room.say("nia", code, private=True, name="Nia")

    said = _texts(await room.say("nia", "/waitlist #2 1", private=True, name="Nia"))

    assert len(said) == 1 and said[0].startswith("In a private chat I can't act on group buy #2"), said


async def test_a_member_of_its_group_may_wait_from_her_private_chat() -> None:
    room, _ = await _jam_sold_out("zh")
    await room.say("tom", "好吃吗", name="Tom")  # seen in the group

    said = _texts(await room.say("tom", "候补 #1 大 1", private=True, name="Tom"))
    replies = await room.say("cat", "-1 大", name="Cat")

    assert said == [
        "Tom 已候补 果酱 大（#1）1 份，排第 1 位。空出的数量按排队顺序，补给数量放得下的人"
        "（空出的不够你要的数量时，你保留位置，后面要得少的可能先补上），补上了会通知你。不等了发“取消候补”。"
    ], said
    assert "🎉 候补补上了 果酱（#1）：Tom 大 ×1。" in _texts(replies), replies
    assert room.private(replies) == {}  # told in the group she is in

"""`再开一团` of a photo card on WeChat, through real python-wechaty objects: the copy's card carries the
original's photo (its image message id), so the room sees the photo again right before the copy's first
card, once, as it did before the original's."""

from __future__ import annotations

from handlers.types import Button, Reply, Request
from tests.adapters.wechat.conftest import World
from tests.adapters.wechat.recording_puppet import ROOM, ZHANG, Sent, SentFile

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00mango pixels"


def _card(group_buy_id: int, photo: str | None) -> Reply:
    text = f"🛒 海南贵妃芒（#{group_buy_id}）\n团长：张三\n价格：¥88/份"
    join = Button("跟团", f"gb:join:{group_buy_id}")
    return Reply(text=text, buttons=((join,),), card_of=group_buy_id, chat_id=ROOM, photo=photo)


def _script(world: World) -> None:
    """The ChatApp's part: `接龙` opens #1 with the request's photo; `再开一团 #1` opens #2 carrying it."""

    def answer(request: Request) -> list[Reply]:
        if request.text.startswith("接龙"):
            world.chat.cards[1] = _card(1, request.photo)
            return [Reply(text="团购 #1 开团了"), Reply(card_of=1, new_card=True, chat_id=ROOM)]
        if request.text == "再开一团 #1":
            world.chat.cards[2] = _card(2, world.chat.cards[1].photo)
            return [Reply(text="再开一团 #2（照 #1）"), Reply(card_of=2, new_card=True, chat_id=ROOM)]
        return []

    world.chat.script = answer


async def test_a_copy_of_a_photo_card_posts_the_photo_before_its_first_card(world: World) -> None:
    _script(world)
    photo = await world.puppet.say_image(ZHANG, JPEG)
    await world.puppet.say(ZHANG, "接龙 海南贵妃芒 价格 88")
    world.clock.advance(seconds=31)

    await world.puppet.say(ZHANG, "再开一团 #1")

    answer, image, card = world.puppet.outgoing[-3:]
    assert answer == Sent(ROOM, "@张三\u2005再开一团 #2（照 #1）", (ZHANG,))
    assert image == SentFile(ROOM, f"{photo}.jpg", JPEG)  # the original's photo, fetched again
    assert isinstance(card, Sent) and card.text.startswith("🛒 海南贵妃芒（#2）")
    assert [type(sent).__name__ for sent in world.puppet.outgoing].count("SentFile") == 2  # once each

"""A photo card on WeChat, through real python-wechaty objects: WeChat has no captions, so the photo a
member sends just before their `接龙 …` is that request's photo, and the room sees it again (fetched
from WeChat by its message id, sent as an image message) right before the group buy's first card, once;
later cards and copies come without it. A photo followed by anything else lets it go."""

from __future__ import annotations

from handlers.types import Button, Reply, Request
from tests.adapters.wechat.conftest import World
from tests.adapters.wechat.recording_puppet import LI, ROOM, ZHANG, Sent, SentFile

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00mango pixels"
CARD = "🛒 海南贵妃芒（#1）\n团长：张三\n价格：¥88/份"
JOIN = Button("跟团", "gb:join:1")


def _script(world: World) -> None:
    """The ChatApp's part: `接龙` opens group buy #1 (a photo card when the request has a photo); `+1`
    and `进度` change it and show it again."""

    def answer(request: Request) -> list[Reply]:
        if request.text.startswith("接龙"):
            world.chat.cards[1] = Reply(
                text=CARD, buttons=((JOIN,),), card_of=1, chat_id=ROOM, photo=request.photo
            )
            return [Reply(text="团购 #1 开团了"), Reply(card_of=1, new_card=True, chat_id=ROOM)]
        if request.text == "+1":
            card = world.chat.cards[1]
            world.chat.cards[1] = Reply(
                text=f"{CARD}\n\n1. 李四 ×1", buttons=card.buttons, card_of=1, chat_id=ROOM, photo=card.photo
            )
            return [Reply(text="李四 跟团 1 份"), Reply(card_of=1, chat_id=ROOM)]
        if request.text == "进度":
            return [Reply(card_of=1, new_card=True, chat_id=ROOM)]
        return []

    world.chat.script = answer


async def test_the_photo_sent_before_the_opening_is_posted_before_the_first_card(world: World) -> None:
    _script(world)

    photo = await world.puppet.say_image(ZHANG, JPEG)
    await world.puppet.say(ZHANG, "接龙 海南贵妃芒 价格 88")

    [request] = world.chat.requests  # the image itself is no request
    assert request.photo == photo
    answer, image, card = world.puppet.outgoing
    assert answer == Sent(ROOM, "@张三\u2005团购 #1 开团了", (ZHANG,))
    assert image == SentFile(ROOM, f"{photo}.jpg", JPEG)  # the photo itself, as WeChat handed it over
    assert isinstance(card, Sent) and card.text == f"{CARD}\n回复 1 跟团"


async def test_later_cards_and_copies_come_without_the_photo_again(world: World) -> None:
    _script(world)
    await world.puppet.say_image(ZHANG, JPEG)
    await world.puppet.say(ZHANG, "接龙 海南贵妃芒 价格 88")

    await world.puppet.say(LI, "+1")
    world.clock.advance(seconds=31)
    await world.outbox.flush()
    world.clock.advance(seconds=31)
    await world.puppet.say(LI, "进度")

    # the answer, the photo, the first card; 李四's answer, the card re-posted, the copy 进度 asked for
    kinds = [type(sent).__name__ for sent in world.puppet.outgoing]
    assert kinds == ["Sent", "SentFile", "Sent", "Sent", "Sent", "Sent"]
    repost, copy = world.puppet.texts()[-2:]
    assert repost == f"{CARD}\n\n1. 李四 ×1\n回复 1 跟团"
    assert copy == f"（以上旧卡片已过期，以这张为准）\n{repost}"


async def test_a_photo_followed_by_chatter_or_sent_by_someone_else_opens_no_photo_card(world: World) -> None:
    _script(world)

    await world.puppet.say_image(ZHANG, JPEG)
    await world.puppet.say(ZHANG, "好看吧")  # the photo goes with this text, which is chatter
    await world.puppet.say_image(LI, JPEG)  # 李四's photo is not 张三's
    await world.puppet.say(ZHANG, "接龙 海南贵妃芒 价格 88")

    assert [r.photo for r in world.chat.requests] == [world.chat.requests[0].photo, None]
    assert world.chat.requests[0].photo is not None
    assert world.puppet.files == []
    assert world.puppet.texts()[-1] == f"{CARD}\n回复 1 跟团"


async def test_a_photo_wechat_no_longer_gives_is_left_out_and_the_card_goes(world: World) -> None:
    _script(world)
    photo = await world.puppet.say_image(ZHANG, JPEG)
    del world.puppet.images[photo]  # expired on WeChat's side: fetching it fails

    await world.puppet.say(ZHANG, "接龙 海南贵妃芒 价格 88")

    assert world.chat.requests[-1].photo == photo
    assert world.puppet.files == []
    assert world.puppet.texts() == ["@张三\u2005团购 #1 开团了", f"{CARD}\n回复 1 跟团"]

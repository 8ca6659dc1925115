"""Notes (种草) in the chat: a note's card (author, text, the group buy it is about with its price and
Join, marks), likes once per member (button, `赞 3`, undone), comments (typed or a reply to the card)
listed by `笔记 3`, the flood guard; every mistake one message, nothing changed."""

from __future__ import annotations

from dataclasses import replace

from handlers.types import Request
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def card(chat: Chat, note_id: int = 1) -> str:
    return (await chat.app.render_card(-note_id)).text


def labels(reply_buttons: object) -> list[list[str]]:
    return [[button.label for button in row] for row in reply_buttons]  # type: ignore[attr-defined]


async def test_a_note_naming_an_open_group_buy_is_linked_and_shown_as_a_card_with_its_join_button() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 海南芒果 价格 30")

    posted = await chat.say("bob", "种草 这个海南芒果超甜！\n已经回购三次")

    assert chat.cards(posted) == [(-1, False)]
    shown = await chat.app.render_card(-1)
    assert shown.text == (
        "笔记 #1 · Bob\n这个海南芒果超甜！\n已经回购三次\n"
        "🛒 海南芒果（#1）¥30/份\n想要就点“跟团”，或发 +1 团1-RFS7\n👍 0 · 💬 0"  # Bob's share code
    )
    assert labels(shown.buttons) == [["👍 赞 0"], ["跟团"]]
    assert [[b.data for b in row] for row in shown.buttons] == [["nt:like:1"], ["nt:join:1"]]
    joined = await chat.tap("cat", "nt:join:1")  # the Join of the note's card joins the group buy
    assert chat.cards(joined) == [(1, False)]
    assert "Cat" in await chat.card(1)
    await chat.say("amy", "截单")
    [cats] = [o for o in factory.state.orders.values() if o.buyer_id == "cat"]
    assert cats.sharer_id == "bob"  # the note brought Cat: Bob earns as with his share code


async def test_a_note_in_english_links_by_number_or_to_nothing() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Plums price 12")
    await chat.say("amy", "/groupbuy Mangoes price 30")

    await chat.say("bob", "/note #1 Sweet and juicy")
    await chat.say("cat", "/note Great weather for a picnic")

    assert await card(chat, 1) == (
        "Note #1 · Bob\nSweet and juicy\n🛒 Plums (#1) ¥12 each\n"
        "Want it? Tap Join, or send +1 1-RFS7\n👍 0 · 💬 0"
    )
    assert await card(chat, 2) == "Note #2 · Cat\nGreat weather for a picnic\n👍 0 · 💬 0"


async def test_likes_count_once_per_member_and_can_be_taken_back() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("bob", "种草 楼下新开的面包店不错")

    liked = await chat.say("cat", "赞 1")
    assert chat.toast(liked) == "已赞笔记 #1 👍"  # quiet in the group, as the 👍 button
    assert chat.cards(liked) == [(-1, False)]
    again = await chat.say("cat", "/like 1")
    assert chat.toast(again) == "你已经赞过笔记 #1 了。取消发“取消赞 1”。"
    assert chat.cards(again) == []
    assert chat.toast(await chat.tap("dan", "nt:like:1")) == "已赞笔记 #1 👍"
    assert "👍 2 · 💬 0" in await card(chat)
    assert labels((await chat.app.render_card(-1)).buttons) == [["👍 赞 2"]]

    assert chat.toast(await chat.tap("dan", "nt:like:1")) == "已取消对笔记 #1 的赞"  # tapped again: undone
    assert chat.toast(await chat.say("cat", "取消赞 1")) == "已取消对笔记 #1 的赞"
    assert chat.toast(await chat.say("cat", "取消赞 1")) == "你还没有赞过笔记 #1。"
    assert "👍 0 · 💬 0" in await card(chat)
    assert factory.state.notes.likes[1] == set()


async def test_comments_typed_or_replied_to_the_card_are_counted_and_listed() -> None:
    chat = fake_chat()
    await chat.say("bob", "种草 楼下新开的面包店不错")

    typed = await chat.say("cat", "评论 1 同感，碱水包很好吃！")
    assert chat.said(typed) == "💬 Cat 评论了笔记 #1"
    assert chat.cards(typed) == [(-1, False)]
    quoted = (await chat.app.render_card(-1)).text
    replied = await chat.app.handle(
        Request(
            platform="test",
            chat_id=chat.chat_id,
            user_id="dan",
            display_name="Dan",
            text="几点开门？",
            replied_to=quoted,
        )
    )
    assert chat.said(replied) == "💬 Dan 评论了笔记 #1"
    assert "👍 0 · 💬 2" in await card(chat)

    listed = chat.said(await chat.say("eve", "笔记 1"))
    assert listed == (
        "笔记 #1 · Bob\n楼下新开的面包店不错\n👍 0 · 💬 2\n\n"
        "评论：\n· Cat：同感，碱水包很好吃！\n· Dan：几点开门？"
    )


async def test_a_photo_captioned_with_the_hashtag_posts_a_photo_note() -> None:
    chat = fake_chat()
    request = Request(
        platform="test",
        chat_id="family",
        user_id="bob",
        display_name="Bob",
        text="#种草 好看的杯子",
        photo="file-1",
    )

    posted = await chat.app.handle(request)

    assert chat.cards(posted) == [(-1, False)]
    shown = await chat.app.render_card(-1)
    assert shown.photo == "file-1" and shown.text == "笔记 #1 · Bob\n好看的杯子\n👍 0 · 💬 0"
    untagged = await chat.app.handle(replace(request, text="好看的杯子", update_id="2"))
    assert untagged == []  # a photo with chatter is no note


async def test_a_buyer_who_paid_is_verified_and_the_organiser_is_shown_as_the_seller() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "接龙 芒果 价格 28")  # the next batch: Bob bought the same product before

    await chat.say("bob", "种草 #2 芒果很甜")
    await chat.say("amy", "种草 #2 今年最好的一批")
    await chat.say("cat", "种草 #2 看着不错")

    assert (await card(chat, 1)).startswith("笔记 #1 · Bob ✅ 已购买\n")
    assert (await card(chat, 2)).startswith("笔记 #2 · Amy 🏷 团长\n")
    assert (await card(chat, 3)).startswith("笔记 #3 · Cat\n")


async def test_a_member_posts_at_most_the_daily_cap_and_never_the_same_note_twice() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, notes_per_day=2)
    await chat.say("bob", "种草 第一条")

    assert chat.said(await chat.say("bob", "种草  第一条 ")) == "这条和你的笔记 #1 一模一样，没有再发。"
    await chat.say("bob", "种草 第二条")
    assert chat.said(await chat.say("bob", "/note third")) == (
        "You have posted 2 notes in this chat today; post more tomorrow. It was not posted."
    )
    assert sorted(factory.state.notes.notes) == [1, 2]


async def test_mistakes_get_one_message_and_change_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("bob", "种草 楼下新开的面包店不错")
    other = Chat(chat.app, chat_id="work")

    assert chat.said(await chat.say("cat", "/note")) == (
        "The note is empty. Write it like: /note These mangoes are so sweet, my third time"
    )
    assert chat.said(await chat.say("cat", "赞 9")).startswith("这里没有笔记 #9（")
    assert chat.said(await other.say("cat", "赞 1")) == "这里没有笔记 #1。"  # another chat's: as none
    assert chat.said(await other.say("cat", "评论 1 好")) == "这里没有笔记 #1。"
    assert chat.said(await chat.say("bob", "赞 1")) == "不能给自己的笔记 #1 点赞，赞要别人给。"
    assert chat.said(await chat.say("cat", "/like")) == (
        "Write it like: /like 3 (3 is the note's number), or tap 👍 on the note's card"
    )
    assert chat.said(await chat.say("cat", "/comment 1")) == (
        "Your comment on note #1 has no words, so nothing was posted. "
        "Write it like: comment 1 Agreed, delicious"
    )
    assert chat.said(await chat.say("cat", "/note #7 yummy")) == (
        "There is no group buy #7 here, so your note was not posted."
        " Without a number it is posted on no group buy: /note yummy"
    )
    assert (
        chat.said(await chat.say("cat", "/note #7 好吃"))
        == "这个群里没有团购 #7，笔记没有发出。不写编号就不挂团购，直接发：种草 好吃"
    )
    assert (
        chat.said(await chat.say("cat", "种草 #1 " + "好" * 1001))
        == "笔记太长了（1001 字），最多 1000 字。没有发出。"
    )
    assert chat.said(await chat.say("cat", "种草 好吃", private=True)) == (
        "笔记要发在群里，大家才看得到：在群里发“种草 …”。"
    )
    assert chat.toast(await other.tap("cat", "nt:like:1")) == "这里没有笔记 #1。"
    for talk in ("赞一个", "种草了吗", "评论一下", "笔记本电脑"):
        assert await chat.say("cat", talk) == []
    state = factory.state.notes
    assert sorted(state.notes) == [1] and state.likes.get(1, set()) == set() and state.comments == []

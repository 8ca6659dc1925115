"""Follows in the chat (关注): what a member sees following, unfollowing and listing, in Chinese and
English; each mistake one message with nothing changed; and the daily private round-up: one message a
follower, from 20:00, once a day (a second sweep or a restarted bot sends nothing), about what those they
follow did in chats they share (never about another chat), through the outbox like any private message."""

from __future__ import annotations

from datetime import time

from handlers import outbox
from handlers.follows import FollowRoundups
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _chat(factory: FakeUnitOfWorkFactory | None = None, **config: object) -> Chat:
    chat = fake_chat(factory, **config)
    for member in ("amy", "bob", "cat"):
        await chat.say(member, "我的关注")  # seen in the chat: `@Amy` names them
    return chat


def _roundups(chat: Chat, platform: str = "test") -> FollowRoundups:
    app = chat.app
    return FollowRoundups(
        uow_factory=app.uow_factory,
        clock=app.clock,
        config=app.config,
        outbox=app,
        platform=platform,
        at=time(20),
    )


def _clock(chat: Chat) -> FakeClock:
    assert isinstance(chat.app.clock, FakeClock)
    return chat.app.clock


async def test_following_unfollowing_and_listing_in_chinese() -> None:
    chat = await _chat()
    assert chat.said(await chat.say("bob", "关注 @Amy")) == (
        "✅ 已关注 Amy。TA 在你们共同的群里发笔记或开团，我每天私信你一条汇总。"
    )
    assert chat.said(await chat.say("bob", "我的关注")) == (
        "你关注的人（1）：\n· Amy\n"
        "TA 们在你所在的群里发笔记或开团，我每天私信你一条汇总。取消：取消关注 @名字"
    )
    assert chat.said(await chat.say("bob", "取消关注 @amy")) == "已取消关注 Amy。"
    assert chat.said(await chat.say("bob", "我的关注")) == "你还没有关注任何人。在群里发：关注 @Amy"


async def test_following_unfollowing_and_listing_in_english() -> None:
    chat = await _chat()
    assert chat.said(await chat.say("cat", "/follow @Amy", language="en")).startswith(
        "✅ You now follow Amy. When they post"
    )
    assert chat.said(await chat.say("cat", "/following", language="en")).startswith(
        "Whom you follow (1):\n· Amy\n"
    )
    assert (
        chat.said(await chat.say("cat", "/unfollow @Amy", private=True, language="en"))
        == "You no longer follow Amy."
    )


async def test_each_mistake_gets_one_message_and_changes_nothing() -> None:
    chat = await _chat()
    await chat.say("bob", "关注 @Amy")
    for user, text, expected in [
        ("bob", "关注 @Amy", "你已经关注了 Amy，没有任何改动。不想再看：取消关注 @Amy"),
        ("bob", "关注 @Bob", "不能关注自己，没有任何改动。"),
        ("bob", "关注 @Zed", "这个群里没有叫 Zed 的人，没有任何改动。例如：关注 @Amy"),
        (
            "bob",
            "/follow",
            "Follow whom? Name one member of this group with @, e.g. /follow @Amy: nothing was changed.",
        ),
        ("bob", "/follow @Amy", "You already follow Amy: nothing was changed. To stop: /unfollow @Amy"),
        ("bob", "/follow @Bob", "You cannot follow yourself: nothing was changed."),
        ("bob", "取消关注 @Cat", "你没有关注 Cat，没有任何改动。我的关注 列出你关注的人。"),
        (
            "bob",
            "/unfollow",
            "Unfollow whom? E.g. /unfollow @Amy (/following lists whom you follow): nothing was changed.",
        ),
    ]:
        english = "en" if text.startswith("/") else None  # the slash forms: Bob's app speaks English
        assert chat.said(await chat.say(user, text, language=english)) == expected, text
    refused = await chat.say("bob", "关注 @Cat", private=True)
    assert chat.said(refused) == "关注要在你们共同的群里发，例如：关注 @Amy，没有任何改动。"
    assert (await chat.say("bob", "关注一下这个团")) == []  # talk, not a command
    assert chat.said(await chat.say("bob", "我的关注")).startswith("你关注的人（1）：\n· Amy\n")


async def test_a_daily_roundup_is_one_private_message_per_follower_once_a_day() -> None:
    chat = await _chat()
    for follower in ("bob", "cat"):
        await chat.say(follower, "关注 @Amy")
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("amy", "种草 #1 芒果很甜\n第二行不进汇总")
    other = Chat(chat.app, chat_id="work")  # Amy's chat without Bob or Cat: never told
    await other.say("amy", "种草 公司楼下的咖啡不错")
    assert await _roundups(chat)() == []  # 12:00: not yet

    _clock(chat).advance(hours=8)  # 20:00 in Shanghai
    sent = await _roundups(chat)()
    assert Chat.private(sent) == {
        member: "📬 你关注的人的动态（2026-11-23）：\n"
        "· Amy 在「群聊」开团 #1：芒果\n"
        "· Amy 在「群聊」发了笔记 #1：芒果很甜\n"
        "每天一条。我的关注 查看；取消关注 @名字 不再收到 TA 的动态。"
        for member in ("bob", "cat")
    }
    assert len(sent) == 2
    restarted = _roundups(chat)  # a new process, or the next sweep: that day is done
    assert await restarted() == []

    _clock(chat).advance(hours=1)
    await chat.say("amy", "种草 #1 第二天也好吃")
    assert await restarted() == []  # same day: tomorrow's round-up tells it
    _clock(chat).advance(hours=23)
    next_day = Chat.private(await restarted())
    assert sorted(next_day) == ["bob", "cat"]
    assert next_day["bob"].splitlines()[1:-1] == ["· Amy 在「群聊」发了笔记 #3：第二天也好吃"]
    assert Chat.private(await restarted()) == {}


async def test_the_roundup_speaks_the_followers_language_and_goes_through_the_outbox() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _chat(factory, outbox_platform="test")
    await chat.say("bob", "/follow @Amy", language="en")
    await chat.say("amy", "种草 超好用的面膜")
    _clock(chat).advance(hours=8)
    before = len(factory.state.outbox)
    [sent] = await _roundups(chat)()
    assert isinstance(sent, Reply)
    assert sent.text.startswith(
        "📬 What the people you follow did (2026-11-23):\n· Amy posted note #1 in a group:"
    )
    [row] = factory.state.outbox[before:]
    delivered = outbox.delivery(row)
    assert (delivered.chat, delivered.reply.text) == ("bob", sent.text)
    assert await _roundups(chat)() == []
    assert len(factory.state.outbox) == before + 1


async def test_nothing_to_tell_sends_nothing_and_others_platforms_are_left_to_their_bot() -> None:
    chat = await _chat()
    await chat.say("bob", "关注 @Amy")
    _clock(chat).advance(hours=8)
    assert await _roundups(chat, platform="telegram")() == []  # Bob is this test platform's member
    assert await _roundups(chat)() == []  # Amy did nothing

"""Reputation in the chat: the author's level by their name on the note card and in `笔记 3`, grown by
likes of distinct members on a verified note (a friend liking again counts once, an unverified note
counts half, a like taken back is taken back), and `/help notes` in plain words."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def head(chat: Chat, note_id: int = 1) -> str:
    return (await chat.app.render_card(-note_id)).text.splitlines()[0]


async def bobs_verified_note(chat: Chat) -> None:
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "接龙 芒果 价格 28")
    await chat.say("bob", "种草 #2 芒果很甜，回购了")


async def test_a_member_becomes_an_insider_when_three_distinct_friends_like_their_verified_note() -> None:
    chat = fake_chat()
    await bobs_verified_note(chat)
    assert await head(chat) == "笔记 #1 · Bob ✅ 已购买"

    await chat.say("cat", "赞 1")
    await chat.say("cat", "/like 1")  # the same friend again: nothing more
    await chat.say("dan", "赞 1")
    assert await head(chat) == "笔记 #1 · Bob ✅ 已购买"

    liked = await chat.tap("eve", "nt:like:1")
    assert chat.cards(liked) == [(-1, False)]
    assert await head(chat) == "笔记 #1 · Bob · 达人 ✅ 已购买"
    assert chat.said(await chat.say("fay", "笔记 1")).startswith(
        "笔记 #1 · Bob · 达人 ✅ 已购买\n芒果很甜，回购了\n"
    )

    await chat.say("dan", "取消赞 1")  # a like taken back: the level too
    assert await head(chat) == "笔记 #1 · Bob ✅ 已购买"


async def test_ten_friends_make_an_expert_and_the_card_speaks_english_in_an_english_chat() -> None:
    chat = fake_chat()
    await bobs_verified_note(chat)
    await chat.say("amy", "/lang en")
    for friend in "cdefghijkl":
        await chat.say(f"{friend}-friend", "赞 1")
    assert await head(chat) == "Note #1 · Bob · Expert ✅ Verified purchase"


async def test_likes_on_an_unverified_note_count_half() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("bob", "种草 楼下新开的面包店不错")
    for friend in ("cat", "dan", "eve"):
        await chat.say(friend, "赞 1")
    assert await head(chat) == "笔记 #1 · Bob"
    assert factory.state.trust[(chat.chat_id, "bob")] == 1.75  # 1 + 3 × ½ × ½
    for friend in ("fay", "gus", "hal"):
        await chat.say(friend, "评论 1 好吃")
    assert await head(chat) == "笔记 #1 · Bob · 达人"


async def test_help_notes_explains_the_rule_in_plain_words() -> None:
    chat = fake_chat()
    for asked in ("笔记帮助", "帮助 笔记", "种草帮助"):
        said = chat.said(await chat.say("bob", asked))
        assert said.startswith("种草笔记\n")
        assert "每个人每种方式只算一次（一个朋友点一百个赞也只算一个）" in said
        assert "新人（不显示）→ 达人" in said
        assert "关注 @名字（每天一条私信" in said and "⚠️ 未验证" in said
    english = chat.said(await chat.say("bob", "/help notes"))
    assert "/follow @name (one private round-up a day" in english and "⚠️ Unverified" in english
    assert "Each member counts once per kind (a hundred likes from one friend are one like)" in english
    assert "Newcomer (not shown) → Insider" in english

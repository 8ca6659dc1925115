"""Shill flags and moderation in the chat: shills' gushing notes liked by their own clique are flagged
(their cards say 未验证 instead of ✅, digests leave them out), a chat admin reads the queue privately
(`待审笔记`, `/flags`), hides a note (`隐藏 1 广告`, the author told why, privately), lets one stay
(`/unhide`), stops a member posting notes (`禁言 @S0：…`, `/unmute`); a near-duplicate note is refused
naming the earlier one; every mistake one message, nothing changed."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWork
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SHILLS = ("s0", "s1", "s2")
SAID = ("补水效果一流，敏感肌也能用", "质地清爽不黏，晚上敷完第二天透亮", "包装精致，送人也体面")


async def card(chat: Chat, note_id: int) -> str:
    return (await chat.app.render_card(-note_id)).text


async def shilled(factory: FakeUnitOfWorkFactory) -> Chat:
    """Amy sells face masks; three accounts gush about them and like each other's notes; Bob, who
    bought, posts an honest note that Cat and Dan like."""
    chat = fake_chat(factory)
    chat.admins = {"eve"}
    await chat.say("amy", "接龙 面膜 价格 30")
    await chat.say("bob", "+1")
    for shill, said in zip(SHILLS, SAID, strict=True):
        await chat.say(shill, f"种草 #1 绝了！！！闭眼入 yyds 🔥 {said}")
    await chat.say("bob", "种草 #1 用了一周，还不错，就是味道有点重")
    for note_id, author in enumerate(SHILLS, start=1):
        for liker in SHILLS:
            if liker != author:
                await chat.say(liker, f"赞 {note_id}")
    await chat.say("cat", "赞 4")
    await chat.say("dan", "赞 4")
    return chat


async def excluded(factory: FakeUnitOfWorkFactory, chat_id: str = "family") -> set[int]:
    async with factory() as uow:
        return await cast(UnitOfWork, uow).moderation.excluded_from_digest(chat_id)


async def test_a_clique_of_gushing_accounts_is_flagged_unverified_and_left_out_of_digests() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await shilled(factory)

    assert (await card(chat, 1)).startswith("笔记 #1 · S0 ⚠️ 未验证\n绝了！！！闭眼入 yyds 🔥 补水效果一流")
    assert (await card(chat, 4)).startswith("笔记 #4 · Bob\n")  # honest, not bought yet: no mark at all
    assert await excluded(factory) == {1, 2, 3}
    assert await excluded(factory, "work") == set()
    digest = chat.said(await chat.say("cat", "摘要"))  # the digest (handlers.digest) leaves them out
    assert "#4 Bob" in digest and "S0" not in digest and "S1" not in digest and "S2" not in digest


async def test_an_admin_reads_the_queue_privately_with_the_reasons() -> None:
    chat = await shilled(FakeUnitOfWorkFactory())

    asked = await chat.say("eve", "待审笔记")

    assert chat.said(asked) == "待审笔记已私信发给你。"
    queue = chat.private(asked)["eve"].splitlines()
    assert queue[0] == "待审笔记（3 条，可疑度高的在前）："
    assert queue[1] == (
        "#1 S0：“绝了！！！闭眼入 yyds 🔥 补水效果一流，敏感肌也能用” 可疑度 80%（此人 80%）——"
        "没有这件商品的已付订单（已退款的不算）却极力推荐、点赞几乎都来自一个互相点赞的小圈子、"
        "30 天内在本群只发过这一条笔记"
    )
    assert [line[:3] for line in queue[1:4]] == ["#1 ", "#2 ", "#3 "]
    assert queue[4].startswith("在群里发“隐藏 1 原因”隐藏，“取消隐藏 1”放行")  # the first listed note
    english = await chat.say("eve", "/flags", language="en")  # her app: English
    assert chat.said(english) == "I sent you the notes waiting for review privately."
    assert chat.private(english)["eve"].startswith(
        "3 notes waiting for review (most suspicious first):\n#1 S0: "
    )


async def test_hiding_a_note_says_so_on_its_card_and_tells_the_author_why() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await shilled(factory)

    hidden = await chat.say("eve", "隐藏 1 广告")

    assert chat.said(hidden) == "群管理员隐藏了笔记 #1。"
    assert chat.cards(hidden) == [(-1, False)]
    assert chat.private(hidden) == {"s0": "你的笔记 #1 被群管理员隐藏了。原因：广告。"}
    assert await card(chat, 1) == "笔记 #1 已被群管理员隐藏。"
    assert chat.said(await chat.say("cat", "笔记 1")) == "笔记 #1 已被群管理员隐藏。"
    assert chat.said(await chat.say("cat", "赞 1")) == "笔记 #1 已被群管理员隐藏，不能再点赞或评论。"
    assert chat.said(await chat.say("cat", "评论 1 真的吗")) == "笔记 #1 已被群管理员隐藏，不能再点赞或评论。"
    flagged_reasons = await chat.say("eve", "/hide 2")  # no reason given: the signals are the reason
    assert chat.private(flagged_reasons)["s1"] == (
        "你的笔记 #2 被群管理员隐藏了。原因："
        "没有这件商品的已付订单（已退款的不算）却极力推荐、点赞几乎都来自一个互相点赞的小圈子、"
        "30 天内你的笔记在本群只有这一条。"
    )
    queue = chat.private(await chat.say("eve", "待审笔记"))["eve"]
    assert queue.startswith("待审笔记（1 条") and "#3 S2" in queue  # hidden ones left the queue
    assert await excluded(factory) == {1, 2, 3}


async def test_unhide_shows_a_note_again_and_it_is_not_flagged_again() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await shilled(factory)

    kept = await chat.say("eve", "/unhide 3")

    assert [reply for reply in kept if reply.text and not reply.private_to] == []  # rep87 #5: the group
    assert chat.private(kept) == {  # nothing; flagged, never hidden: cleared, its author told nothing, the
        "eve": "笔记 #3 没有被隐藏：已移出待审队列，不再标为未验证。群里没有公布。"  # admin privately (s36:
    }  # in the Chinese group's own language)
    assert (await card(chat, 3)).startswith("笔记 #3 · S2\n")
    await chat.say("dan", "赞 3")  # rescored: the admins' word stays
    assert "未验证" not in await card(chat, 3)
    assert await excluded(factory) == {1, 2}
    await chat.say("eve", "隐藏 1")
    assert chat.said(await chat.say("eve", "取消隐藏 1")) == "笔记 #1 已恢复显示。"
    shown = await card(chat, 1)
    assert shown.startswith("笔记 #1 · S0") and "\n绝了" in shown and "未验证" not in shown


async def test_a_muted_member_may_not_post_notes_until_unmuted() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await shilled(factory)

    muted = await chat.say("eve", "禁言 @S0：发广告")

    assert chat.said(muted) == "S0 已被停止在本群发笔记（评论也发不了，点赞和跟团不受影响）。"
    assert chat.private(muted) == {
        "s0": "群管理员停止了你在群里发笔记。原因：发广告。评论也发不了，点赞和跟团不受影响。"
    }
    assert chat.said(await chat.say("s0", "种草 新到的精华也很好")) == (
        "群管理员已停止你在本群发笔记（发广告），没有发出。评论也发不了，点赞和跟团不受影响。"
    )
    assert chat.toast(await chat.say("s0", "赞 4")) == "已赞笔记 #4 👍"  # likes are not affected
    assert chat.said(await chat.say("eve", "禁言 @S0")) == "S0 已经不能在本群发笔记了，没有任何改动。"
    unmuted = await chat.say("eve", "/unmute @S0")
    assert chat.said(unmuted) == "S0 又可以在本群发笔记了。"
    assert chat.private(unmuted) == {"s0": "群管理员允许你重新在群里发笔记了。"}
    posted = await chat.say("s0", "种草 新到的精华也很好")
    assert chat.cards(posted) == [(-5, False), (-1, False)]  # no single-note account now: #1 rescored
    assert chat.said(await chat.say("eve", "/unmute @S0")) == "S0 没有被停止发笔记，没有任何改动。"


async def test_a_near_duplicate_is_refused_naming_the_earlier_note_in_any_chat() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    first = "这款芒果超甜，已经回购三次了，强烈推荐给大家，冷链到家很新鲜"
    await chat.say("bob", f"种草 {first}")
    other = Chat(chat.app, chat_id="work")

    refused = chat.said(await other.say("bob", "种草 " + first.replace("超甜", "很甜") + "！！🥭"))

    assert refused.startswith("这条和你 7 天内的笔记 #1 几乎一样（相似度 ")
    assert refused.endswith("%），没有再发。换个说法，或者说说新的体会。")
    slashed = chat.said(await chat.say("bob", "/note " + first.replace("冷链", "快递")))  # the words': zh
    assert slashed.startswith("这条和你 7 天内的笔记 #1 几乎一样（相似度 ")
    assert sorted(factory.state.notes.notes) == [1]


async def test_mistakes_get_one_message_and_change_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await shilled(factory)
    before = dict(factory.state.moderation.flags), dict(factory.state.moderation.mutes)

    assert (
        chat.said(await chat.say("cat", "待审笔记"))
        == "只有群管理员可以审核笔记（待审笔记、隐藏、禁言），没有任何改动。"
    )
    assert chat.said(await chat.say("cat", "/hide 1")) == (
        "只有群管理员可以审核笔记（待审笔记、隐藏、禁言），没有任何改动。"
    )
    assert chat.said(await chat.say("eve", "/hide 1", private=True)) == (
        "Send /hide and /mute in the group whose notes you look after: each group's notes are "
        "looked after there. Nothing changed."
    )
    assert chat.said(await chat.say("eve", "禁言 @Cat", private=True)) == (
        "隐藏、禁言请到要管理的群里发：每个群的笔记在各自的群里管理。没有任何改动。"
    )
    assert chat.said(await chat.say("eve", "/hide")) == (
        "Write it like: /hide 3 (3 is the note's number), optionally with a reason: /hide 3 advertising"
    )
    assert chat.said(await chat.say("eve", "/hide 99")) == "There is no note #99 in this chat."
    assert chat.said(await chat.say("eve", "隐藏 99")) == "这里没有笔记 #99。"
    assert (
        chat.said(await Chat(chat.app, chat_id="work", admins={"eve"}).say("eve", "隐藏 1"))
        == "这里没有笔记 #1。"
    )
    assert (
        chat.said(await chat.say("eve", "取消隐藏 4"))
        == "笔记 #4 没有被隐藏，也不在待审队列里，没有任何改动。"
    )
    assert chat.said(await chat.say("eve", "/unhide")) == "Write it like: /unhide 3 (3 is the note's number)"
    assert chat.said(await chat.say("eve", "/mute")) == (
        "Write it like: /mute @name, optionally with a reason after a colon: /mute @name: advertising "
        "(it stops notes only)"
    )
    assert (
        chat.said(await chat.say("eve", "禁言 @Zed"))
        == "本群里没有叫 Zed 的成员，没有任何改动。请 @ 群里的人，例如：禁言 @名字：发广告"
    )
    assert chat.said(await chat.say("eve", "禁言 @Eve")) == "不能停止自己发笔记，没有任何改动。"
    for talk in ("隐藏一下", "禁言了吗", "待审笔记呢", "恢复笔记吧"):
        assert await chat.say("cat", talk) == []
    assert (dict(factory.state.moderation.flags), dict(factory.state.moderation.mutes)) == before

"""Search (`搜索 面膜`, `/search mango`) and digest mode (`摘要 开`, `/digest`, `/top`, the evening digest):
what members see in Chinese and English, and every mistake one message that changes nothing."""

from __future__ import annotations

from commerce.domain.member import ChatMembership
from commerce.domain.moderation import NoteFlag
from handlers.digest import NoteDigests
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


def labels(reply: Reply) -> list[list[str]]:
    return [[button.label for button in row] for row in reply.buttons]


def data(reply: Reply) -> list[list[str]]:
    return [[button.data for button in row] for row in reply.buttons]


async def _bought_and_noted(chat: Chat) -> None:
    """Bob paid for mangoes and notes them (✅); Cat notes a face mask; Dan an English note."""
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")
    await chat.say("bob", "种草 #1 芒果很甜，面膜也顺手买了")
    await chat.say("cat", "种草 这个面膜好用，补水效果很好，敷完第二天脸还是水水的，推荐给大家")
    await chat.say("dan", "/note These mangoes are sweet")


# -- search ---------------------------------------------------------------------------------------------
async def test_a_search_lists_the_notes_with_the_word_verified_ones_marked() -> None:
    chat = fake_chat()
    await _bought_and_noted(chat)

    said = chat.said(await chat.say("eve", "搜索 面膜"))

    assert said == (
        "🔍 “面膜”：找到 2 条笔记\n"
        "#2 Cat：这个面膜好用，补水效果很好，敷完第二天脸还是水水的，推荐给大家\n"
        "#1 Bob ✅：芒果很甜，面膜也顺手买了\n"
        "发“笔记 2”看全文和评论"
    )


async def test_a_search_in_english_and_its_excerpt_around_the_word() -> None:
    chat = fake_chat()
    await _bought_and_noted(chat)
    await chat.say(
        "eve",
        "/note So many things to say about this bag and its straps and its colour, before we get to the "
        "point: the MANGOES stall",
    )

    said = chat.said(await chat.say("eve", "/search mangoes"))

    assert said == (  # a long note cut between words, a short one whole
        "🔍 “mangoes”: 3 notes found\n"
        "#4 Eve: …its straps and its colour, before we get to the point: the MANGOES stall\n"
        "#3 Dan: These mangoes are sweet\n"
        "#1 Bob ✅: 芒果很甜，面膜也顺手买了\n"  # 芒果 in the other language, below
        "Send /note 4 for the whole note and its comments"
    )
    sweet = chat.said(await chat.say("eve", "/search sweet"))
    assert sweet.splitlines()[:3] == [  # the note saying it first, then the one saying 甜 (`qualities`)
        "🔍 “sweet”: 2 notes found",
        "#3 Dan: These mangoes are sweet",
        "#1 Bob ✅: 芒果很甜，面膜也顺手买了",
    ]


async def test_after_a_rename_the_notes_of_a_group_buy_are_found_by_its_new_name() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "种草 #1 很甜，皮薄")
    assert chat.said(await chat.say("eve", "搜索 榴莲")).startswith("本群的笔记里没有找到“榴莲”")

    await chat.say("amy", "修改 #1 榴莲")

    assert chat.said(await chat.say("eve", "搜索 榴莲")).splitlines()[:2] == [
        "🔍 “榴莲”：找到 1 条笔记",
        "#1 Bob：很甜，皮薄",
    ]
    assert chat.said(await chat.say("eve", "搜索 芒果")).startswith("本群的笔记里没有找到“芒果”")


async def test_nothing_found_says_how_to_search_differently() -> None:
    chat = fake_chat()
    await _bought_and_noted(chat)

    assert chat.said(await chat.say("eve", "搜 榴莲")) == (
        "本群的笔记里没有找到“榴莲”。试试更短或别的词（“面膜”而不是“补水面膜好用吗”），或发“精选”看本周最佳笔记。"
    )
    assert chat.said(await chat.say("eve", "/search durian")) == (
        "No note of this chat mentions “durian”. Try fewer or other words (“mask” rather than “is this mask "
        "good”), or /top for the week's best notes."
    )


async def test_a_note_of_another_chat_is_never_found() -> None:
    factory = FakeUnitOfWorkFactory()
    family, other = fake_chat(factory), fake_chat(factory)
    other.chat_id = "neighbours"
    await other.say("bob", "种草 这个面膜好用")

    assert "没有找到" in family.said(await family.say("eve", "搜索 面膜"))
    assert "找到 1 条笔记" in other.said(await other.say("eve", "搜索 面膜"))


async def test_search_mistakes_get_one_message() -> None:
    chat = fake_chat()
    usage_zh = "这样写：搜索 面膜：在本群的笔记里找含这些词的。"
    assert chat.said(await chat.say("eve", "搜索")) == usage_zh
    assert chat.said(await chat.say("eve", "/search")) == (
        "Write it like this: /search face mask: finds this chat's notes with those words."
    )
    assert chat.said(await chat.say("eve", "/搜索 ！！")) == usage_zh  # nothing to find
    assert (
        chat.said(await chat.say("eve", "搜索 " + "面膜" * 30))
        == "搜索最多 50 个字，这次有 60 个：换几个关键词试试。"
    )
    assert chat.said(await chat.say("eve", "/search mask", private=True)) == (
        "Notes live in their group: send /search mask there."
    )
    assert await chat.say("eve", "搜一下吧") == []  # talk
    assert await chat.say("eve", "搜索 面膜好用吗") == []  # a question is talk


# -- digest mode ------------------------------------------------------------------------------------------
async def test_digest_mode_is_switched_on_and_off_by_the_organiser_not_by_a_buyer() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")

    refused = chat.said(await chat.say("bob", "摘要 开"))
    assert refused == "摘要模式由群管理员或在本群组织过团购的人（Amy）来开关。没有改动。"
    assert chat.said(await chat.say("amy", "摘要 开")) == (
        "📰 摘要模式已开启：新笔记不再逐条发到群里，"
        "每天 20:00 发一条当天最受欢迎的 5 条笔记。随时发“摘要”查看。"
    )
    assert chat.said(await chat.say("amy", "/digest off")) == (
        "Digest mode is off: new notes are posted to the chat one by one."
    )
    assert chat.said(await chat.say("amy", "/digest maybe")) == (
        "Write it like this: /digest (the last 24 hours' best notes), /digest on or /digest off (this chat's "
        "digest mode)"
    )
    assert await chat.say("amy", "摘要写好了吗") == []  # talk


async def test_in_digest_mode_a_note_is_acknowledged_privately_and_likes_post_no_card() -> None:
    chat = fake_chat()
    chat.admins = {"amy"}
    await chat.say("amy", "摘要 开")

    posted = await chat.say("bob", "种草 这个面膜好用")
    tapped = await chat.tap("cat", "nt:like:1")
    liked = await chat.say("dan", "赞 1")

    assert chat.cards(posted) == []  # likes only refresh: a card never shown is not posted (Reply.refresh)
    assert all(r.refresh for r in [*tapped, *liked] if r.is_card)
    assert chat.private(posted) == {
        "bob": "笔记 #1 已发布。你发笔记的群是摘要模式：笔记不逐条发到群里，"
        "每天 20:00 的精选会列出最受欢迎的几条。大家可以在群里发“笔记 1”查看。"
    }
    assert [r for r in posted if not r.private_to] == []
    assert chat.toast(tapped) == "已赞笔记 #1 👍"
    await chat.say("amy", "摘要 关")
    assert chat.cards(await chat.say("bob", "种草 芒果也不错")) == [(-2, False)]  # off: cards again


async def test_a_chat_of_more_than_thirty_members_is_in_digest_mode_unless_it_said_otherwise() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = fake_chat(factory, clock=clock)
    for n in range(31):
        member = f"test:m{n}"
        factory.state.memberships[(chat.chat_id, member)] = ChatMembership(
            chat.chat_id, member, None, clock.now(), clock.now()
        )

    assert chat.cards(await chat.say("bob", "种草 这个面膜好用")) == []
    chat.admins = {"amy"}
    await chat.say("amy", "/digest off")
    assert chat.cards(await chat.say("bob", "种草 芒果很甜")) == [(-2, False)]


async def test_digest_now_lists_the_days_best_verified_first_then_by_trusted_engagement() -> None:
    chat = fake_chat()
    await _bought_and_noted(chat)
    for member in ("amy", "eve"):
        await chat.say(member, "赞 2")
    await chat.say("eve", "赞 3")

    shown = (await chat.say("eve", "摘要"))[0]

    assert shown.text == (
        "📰 过去 24 小时的笔记精选（3 条）\n"
        "1. #1 Bob ✅ 已购买：芒果很甜，面膜也顺手买了 👍 0 · 💬 0\n"
        "2. #2 Cat：这个面膜好用，补水效果很好，敷完第二天脸还是水水的，推荐给大家 👍 2 · 💬 0\n"
        "3. #3 Dan：These mangoes are sweet 👍 1 · 💬 0\n"
        "发“笔记 1”看全文和评论，点 👍 给喜欢的笔记点赞"
    )
    assert labels(shown) == [["👍 #1（0）", "👍 #2（2）", "👍 #3（1）"]]
    assert data(shown) == [["nt:like:1", "nt:like:2", "nt:like:3"]]
    week = chat.said(await chat.say("eve", "/top"))
    assert week.splitlines()[0] == "🏆 本周最佳笔记（3 条）"


async def test_a_hidden_or_flagged_note_is_left_out_and_an_empty_day_says_so() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = fake_chat(factory, clock=clock)
    assert chat.said(await chat.say("eve", "摘要")) == (
        "过去 24 小时本群没有新笔记。发“种草 …”写一条，或发“精选”看本周最佳。"
    )
    assert chat.said(await chat.say("eve", "/top")) == "这一周本群没有笔记。发“种草 …”写第一条吧。"
    await chat.say("bob", "种草 这个面膜好用")
    await chat.say("cat", "种草 芒果很甜")
    factory.state.moderation.flags[2] = NoteFlag(2, chat.chat_id, flagged=True)

    shown = chat.said(await chat.say("eve", "摘要"))

    assert "#1 Bob" in shown and "#2" not in shown.replace("笔记 1", "")
    clock.advance(days=1, seconds=1)
    assert "没有新笔记" in chat.said(await chat.say("eve", "摘要"))  # a day later: the week's, not the day's
    assert chat.said(await chat.say("eve", "精选")).startswith("🏆 本周最佳笔记（1 条）")


async def test_digest_mistakes_in_a_private_chat() -> None:
    chat = fake_chat()
    assert chat.said(await chat.say("eve", "/top mangoes")) == (
        "Write it like this: /top (the week's best notes; to find a word: /search face mask)"
    )
    assert await chat.say("eve", "精选好多") == []  # talk
    for text in ("摘要", "/top", "/digest on"):
        assert chat.said(await chat.say("eve", text, private=True)).startswith(
            ("笔记摘要和精选在群里看", "Digests and the week's best")
        )


# -- the evening digest ----------------------------------------------------------------------------------
async def test_the_evening_digest_is_sent_once_a_day_even_after_a_restart() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()  # 12:00 in Shanghai
    chat = fake_chat(factory, clock=clock)
    chat.admins = {"amy"}
    await chat.say("amy", "摘要 开")
    await chat.say("bob", "种草 这个面膜好用")

    def digests() -> NoteDigests:
        return NoteDigests(uow_factory=factory, clock=clock, config=chat.app.config, outbox=chat.app)  # type: ignore[arg-type]

    assert await digests()() == []  # before 20:00
    clock.advance(hours=8)  # 20:00
    [sent] = await digests()()
    assert sent.chat_id == chat.chat_id
    assert sent.text.splitlines()[:2] == ["📰 今日笔记精选（1 条）", "1. #1 Bob：这个面膜好用 👍 0 · 💬 0"]
    assert labels(sent) == [["👍 #1（0）"]]
    assert await digests()() == []  # the next sweep, or another process, or after a restart: sent already
    clock.advance(hours=3, minutes=59)  # 23:59: still that day
    assert await digests()() == []

    await chat.say("dan", "种草 榴莲千层")  # 23:59: after this evening's digest, in tomorrow's
    clock.advance(hours=20)  # the next day, 19:59
    await chat.say("cat", "种草 芒果很甜")
    assert await digests()() == []
    clock.advance(minutes=1)  # 20:00: the notes since yesterday's digest, Bob's not again
    [again] = await digests()()
    assert again.text.splitlines()[:3] == [
        "📰 今日笔记精选（2 条）",
        "1. #3 Cat：芒果很甜 👍 0 · 💬 0",
        "2. #2 Dan：榴莲千层 👍 0 · 💬 0",
    ]
    assert await digests()() == []


async def test_a_chat_not_in_digest_mode_gets_no_evening_digest() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = fake_chat(factory, clock=clock)
    await chat.say("bob", "种草 这个面膜好用")
    clock.advance(hours=8, minutes=30)
    digests = NoteDigests(uow_factory=factory, clock=clock, config=chat.app.config, outbox=chat.app)  # type: ignore[arg-type]
    assert await digests() == []
    assert chat.cards(await chat.say("bob", "种草 芒果很甜")) == [(-2, False)]  # its notes are cards

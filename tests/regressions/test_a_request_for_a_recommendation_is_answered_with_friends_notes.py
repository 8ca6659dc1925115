"""Session 26, task R3 (review 36, finding 7): `谁有好用的洗碗机推荐` and `求推荐好用的洗碗机` in the
group got silence though Eve's note on a dishwasher was there (`问 求推荐好用的洗碗机` quoted it); in private
`求推荐好用的洗碗机` got "我没看懂"; `@tuan_bot any recommendations for toast?` got "For you is private"
though May's note on kaya toast matched. A clear request for a recommendation is now answered with the
friends' notes that mention it, each author named with their level; with none, the group hears
nothing (it is talk among friends), while a private or addressed request is told none mention it yet."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def with_eve_an_insider(chat: Chat) -> None:
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("eve", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 @Eve")
    await chat.say("eve", "种草 #1 芒果很甜")
    for member in ("bob", "cat", "dan"):
        await chat.say(member, "赞 1")
    await chat.say("eve", "种草 推荐一个洗碗机：西门子SJ235，洗得很干净")


async def test_a_request_in_the_group_quotes_the_note_and_its_authors_level() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), bot_username="tuan_bot")
    await with_eve_an_insider(chat)

    asks = (
        "谁有好用的洗碗机推荐",
        "求推荐好用的洗碗机",
        "有没有好用的洗碗机推荐？",
        "问 求推荐好用的洗碗机",
        "@tuan_bot 求推荐洗碗机",
    )
    for asked in asks:
        said = chat.said(await chat.say("bob", asked))
        assert said.startswith("朋友们的笔记里提到过："), asked
        assert "笔记 #2 Eve · 达人：「推荐一个洗碗机：西门子SJ235" in said, asked
        assert "团长" not in said  # nothing to pass on: the friends answered

    assert await chat.say("bob", "求推荐好用的空气炸锅") == []  # none: talk among friends, left alone
    addressed = chat.said(await chat.say("bob", "@tuan_bot 求推荐空气炸锅"))
    assert addressed == (
        "朋友们的笔记还没有提到“空气炸锅”。可以直接问问群里的朋友，或过几天再发“求推荐空气炸锅”。"
    )
    assert await chat.say("bob", "推荐一个洗碗机：美的") == []  # a recommendation, not a request


async def test_a_request_in_private_reads_her_groups_notes() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await with_eve_an_insider(chat)

    said = chat.said(await chat.say("bob", "求推荐好用的洗碗机", private=True))
    assert "笔记 #2 Eve · 达人：「推荐一个洗碗机：西门子SJ235" in said
    none = chat.said(await chat.say("bob", "求推荐空气炸锅", private=True))
    assert none == (
        "你所在群里朋友们的笔记还没有提到“空气炸锅”。可以在群里问问大家，或过几天再发“求推荐空气炸锅”。"
    )


async def test_in_english_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), bot_username="tuan_bot", default_language="en")
    await chat.say("may", "/note Try the kaya toast at Ya Kun, crispy and cheap")
    await chat.say("tom", "hi all")

    for asked in ("@tuan_bot any recommendations for toast?", "can anyone recommend some toast?"):
        said = chat.said(await chat.say("tom", asked))
        assert said.startswith("Friends' notes that mention it:"), asked
        assert "Note #1 May: “Try the kaya toast at Ya Kun" in said, asked
    assert "Note #1 May" in chat.said(await chat.say("tom", "any recommendations for toast?", private=True))

    assert await chat.say("tom", "can anyone recommend a dentist?") == []
    none = chat.said(await chat.say("tom", "can anyone recommend a dentist?", private=True))
    assert none.startswith("None of the notes in your groups mention “dentist” yet.")


async def test_any_recommendation_with_nothing_to_pick_quotes_the_weeks_best_notes() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Durian price 30")
    await chat.say("tom", "+1")  # nothing open he has not joined: no pick
    await chat.say("may", "/note #1 the durian is creamy and bitter-sweet")
    await chat.say("ned", "/note Try the kaya toast at Ya Kun")

    said = chat.said(await chat.say("tom", "any recommendations?", private=True))
    assert said.startswith("No open group buy in your groups that you haven't joined right now.")
    assert "Note #1 May" in said and "Note #2 Ned" in said

    zh = fake_chat(FakeUnitOfWorkFactory())
    await zh.say("amy", "接龙 榴莲 价格 30")
    await zh.say("tom", "+1")
    await zh.say("may", "种草 #1 榴莲很香")
    said = zh.said(await zh.say("tom", "求推荐", private=True))
    assert said.startswith("你所在的群现在没有你还没跟的团。朋友们这周推荐过：") and "笔记 #1 May" in said

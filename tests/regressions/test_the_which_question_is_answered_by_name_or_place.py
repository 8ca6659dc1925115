"""Asked which group buy her `+1` meant (`#4 荔枝 · #5 赣南脐橙`), a member answering with the title the
question listed (`荔枝`) or its place (`第一个`) got silence; only `4`, `#4` or a button worked. The title
(or a word of it: `脐橙`), `第一个` / `第二个` and `first` / `the second one` now answer it as its number."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _asked(lang: str, who: str = "cat", join: str = "+2") -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "en":
        await chat.say("amy", "/groupbuy Lychees price 15 ends 3d")
        await chat.say("ken", "/groupbuy Navel oranges price 25 ends 3d")
    else:
        await chat.say("amy", "接龙 荔枝 价格 15 截止 3d")
        await chat.say("ken", "接龙 赣南脐橙 价格 25 截止 3d")
    await chat.say(who, join)
    return chat


async def test_the_title_answers_the_question() -> None:
    for answer, chosen in (("荔枝", 1), ("赣南脐橙", 2), ("脐橙", 2)):
        chat = await _asked("zh")

        said = chat.said(await chat.say("cat", answer))

        title = "荔枝" if chosen == 1 else "赣南脐橙"
        assert said.startswith(f"Cat 跟团：2 × {title}（#{chosen}）"), (answer, said)
        assert (await chat.card(chosen)).endswith("1. Cat ×2")
        assert await chat.say("cat", answer) == []  # answered: talk again


async def test_the_place_answers_the_question() -> None:
    for answer, chosen in (("第一个", 1), ("第二个", 2), ("第2个", 2)):
        chat = await _asked("zh")
        said = chat.said(await chat.say("cat", answer))
        assert f"（#{chosen}）" in said, (answer, said)
    for answer, chosen in (("first", 1), ("the second one", 2), ("oranges", 2)):
        chat = await _asked("en")
        said = chat.said(await chat.say("cat", answer))
        assert said.startswith("Cat is in: 2 ×") and f"(#{chosen})" in said, (answer, said)


async def test_other_words_and_other_members_stay_talk() -> None:
    chat = await _asked("zh")

    assert await chat.say("cat", "好的") == []
    beyond = chat.said(await chat.say("cat", "第三个"))  # only two listed: said so, nothing added
    assert beyond.startswith("“第三个”：刚才只列了 2 个团"), beyond
    assert await chat.say("bob", "荔枝") == []  # not asked
    assert "Cat" not in await chat.card(1) and "Cat" not in await chat.card(2)

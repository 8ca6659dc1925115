"""Review 36, finding 5: Eve's `笔记 3 #2` (meaning to attach note 3 to #2) posted a junk note "3 #2" that
then ranked in 精选 and the weekly; `删除笔记 11`, `撤回笔记 11` were silent in the group (she'd believe it
gone), "我没看懂" in private, `/deletenote 11` an unknown command; `/editnote 3 …` got the group buy's
`/edit` example. Now the author takes a note down with `删除笔记 N` / `撤回笔记 N` / `/deletenote N` (in the
group or privately; hidden as an admin's hide hides it, the card saying its author withdrew it, and no
admin's hide counted against her), a chat admin's `删除笔记 N` hides it as `隐藏 N` does, anyone else is
refused; `修改笔记 N …` / `/editnote N …` says in one line how to take it down and post again; and a note
of only numbers is not posted but answered with how to read a note or post one."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def head(chat: Chat, note_id: int) -> str:
    return (await chat.app.render_card(-note_id)).text.splitlines()[0]


async def _chat(lang: str = "zh") -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    chat.admins = {"dan"}
    chat.title = "jia"
    if lang == "zh":
        await chat.say("amy", "接龙 西门子洗碗机 价格 2999")
        await chat.say("amy", "接龙 海南贵妃芒 价格 88")
        await chat.say("eve", "种草 推荐一个洗碗机：西门子SJ235，洗得很干净")
    else:
        await chat.say("amy", "/groupbuy Durian price 60")
        await chat.say("eve", "/note the durian was creamy and sweet")
    return chat


async def test_a_note_of_only_numbers_is_not_posted() -> None:
    chat = await _chat()

    answer = chat.said(await chat.say("eve", "笔记 1 2"))  # `笔记 1 #2` links note 1 to #2 (handlers.notes)

    assert answer == (
        "“1 2”只有编号，没有发成笔记。要看笔记 1 就发“笔记 1”；要发笔记请写上内容，"
        "例如：种草 #12 这款芒果超甜（#12 是团购编号）。"
    )
    assert chat.said(await chat.say("cat", "笔记 2")) == "这里没有笔记 #2。"


async def test_the_author_takes_her_note_down_in_the_group_or_privately() -> None:
    chat = await _chat()
    await chat.say("eve", "种草 贵妃芒很甜，个头大")

    done = await chat.say("eve", "删除笔记 1")

    assert chat.said(done) == "笔记 #1 已撤回，群里的卡片已注明。"
    assert (-1, False) in chat.cards(done)
    assert await head(chat, 1) == "笔记 #1 已被作者撤回。"
    assert chat.said(await chat.say("cat", "搜索 洗碗机")).startswith("本群的笔记里没有找到")
    refused = chat.said(await chat.say("cat", "评论 1 还能买吗"))
    assert refused == "笔记 #1 已被作者撤回，不能再点赞、评论或举报。"
    assert chat.said(await chat.say("eve", "撤回笔记 1")) == "笔记 #1 已经撤回或隐藏了，没有任何改动。"
    privately = await chat.say("eve", "删除 笔记 2", private=True)  # the word apart, as typed
    assert chat.said(privately) == "你在「jia」的笔记 #2 已撤回，群里的卡片已注明。"
    assert await head(chat, 2) == "笔记 #2 已被作者撤回。"
    await chat.say("eve", "种草 贵妃芒太好吃了！！强烈推荐😍😍")  # gushing only: her withdrawals are
    assert await head(chat, 3) == "笔记 #3 · Eve"  # no admin's hide of hers, nothing flagged


async def test_someone_elses_note_is_refused_and_an_admin_hides_it() -> None:
    chat = await _chat()

    refused = chat.said(await chat.say("bob", "删除笔记 1"))

    assert refused == "笔记 #1 不是你发的：只有作者本人或群管理员能撤回它，没有任何改动。"
    assert await head(chat, 1) == "笔记 #1 · Eve"
    assert chat.said(await chat.say("dan", "删除笔记 1")) == "群管理员隐藏了笔记 #1。"
    assert await head(chat, 1) == "笔记 #1 已被群管理员隐藏。"


async def test_a_change_asked_is_told_how_to_post_again() -> None:
    chat = await _chat()

    answer = chat.said(await chat.say("eve", "修改笔记 1 推荐西门子SJ235，静音"))

    assert answer == (
        "笔记发出后不能修改（赞和评论都是给原来那段话的）。要改就先发“删除笔记 1”撤回，再重新发一条。"
    )
    assert (
        chat.said(await chat.say("bob", "修改笔记 1 abc")) == "笔记 #1 不是你发的，不能修改，没有任何改动。"
    )
    assert await head(chat, 1) == "笔记 #1 · Eve"


async def test_in_english_too() -> None:
    chat = await _chat("en")

    assert chat.said(await chat.say("eve", "/editnote 1 creamy, sweet and cheap")) == (
        "A note cannot be changed once posted (its likes and comments were given to what it said). "
        "To change it, send /deletenote 1 to take it down, then post it again."
    )
    assert (
        chat.said(await chat.say("eve", "/deletenote 1"))
        == "Note #1 is taken down; its card in the group says so."
    )
    assert await head(chat, 1) == "Note #1 was taken down by its author."
    assert chat.said(await chat.say("eve", "/note 1 2")).startswith(
        "“1 2” is only numbers, so no note was posted."
    )

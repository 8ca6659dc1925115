"""Eve's note `推荐一个洗碗机：西门子SJ235…` came before Amy opened 西门子洗碗机SJ235 (#2): the note stayed
about no group buy (no Join, no price on its card) and nothing could link it: `种草 #2 <the same words>`
was refused as a repeat of note 1, `笔记 1 #2` posted a junk note. Now its author (or the group buy's
organiser) links it, `笔记 1 #2` / `种草 1 关联 #2` / `/note 1 #2`, its card edited to carry the group buy,
and the repeat `种草 #2 …` links note 1 instead of being refused; anyone else, a group buy that ended, or
one the chat does not have, is refused in one line, nothing changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

NOTE = "推荐一个洗碗机：西门子SJ235，洗得干净又省水"


async def test_her_note_is_linked_and_its_card_carries_the_join() -> None:
    chat = fake_chat()
    await chat.say("eve", f"种草 {NOTE}")
    before = (await chat.app.render_card(-1)).text
    assert "🛒" not in before
    await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3")

    replies = await chat.say("eve", "笔记 1 #1")

    assert chat.said(replies) == (
        "笔记 #1 已关联到 西门子洗碗机SJ235（#1）：卡片上有了价格和“跟团”，朋友在笔记上就能直接跟团。"
    )
    assert [(r.card_of, r.refresh) for r in replies if r.is_card] == [(-1, True)]  # edited, not posted
    card = await chat.app.render_card(-1)
    assert "🛒 西门子洗碗机SJ235（#1）¥2,999/份" in card.text
    assert any(b.label == "跟团" for row in card.buttons for b in row)


async def test_the_english_form_links_it_and_again_changes_nothing() -> None:
    chat = fake_chat()
    await chat.say("eve", "/lang en")
    await chat.say("eve", "/note Try the Siemens SJ235 dishwasher, very quiet")
    await chat.say("amy", "/groupbuy Dishwasher SJ235 price 2999 target 3")

    said = chat.said(await chat.say("eve", "/note 1 #1"))
    again = chat.said(await chat.say("eve", "/note 1 to #1"))

    assert said == (
        "Note #1 is now linked to Dishwasher SJ235 (#1): its card shows the price and a Join button,"
        " so friends can join right from the note."
    )
    assert again == "Note #1 is already linked to Dishwasher SJ235 (#1); nothing changed."
    assert "Dishwasher SJ235 (#1)" in (await chat.app.render_card(-1)).text


async def test_the_organiser_may_link_it_and_nobody_else() -> None:
    chat = fake_chat()
    await chat.say("eve", f"种草 {NOTE}")
    await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3")

    refused = chat.said(await chat.say("bob", "笔记 1 #1"))
    assert refused == "笔记 #1 是 Eve 写的：只有作者或 #1 的团长能把它关联到团购，没有任何改动。"
    assert "🛒" not in (await chat.app.render_card(-1)).text

    replies = await chat.say("amy", "种草 1 关联 #1")
    assert chat.said(replies).startswith("笔记 #1 已关联到 西门子洗碗机SJ235（#1）")
    assert chat.private(replies) == {
        "eve": "Amy 把你的笔记 #1 关联到了 西门子洗碗机SJ235（#1）："
        "朋友在你的笔记上就能直接跟团，算你带来的。"
    }
    card = (await chat.app.render_card(-1)).text
    assert "🛒 西门子洗碗机SJ235（#1）" in card
    assert "团1-" in card  # the author's share code: a friend joining through it was brought by Eve


async def test_no_such_or_ended_group_buy_is_refused() -> None:
    chat = fake_chat()
    await chat.say("eve", f"种草 {NOTE}")
    await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3")

    assert (
        chat.said(await chat.say("eve", "笔记 1 #9")) == "这个群里没有团购 #9。例如：发“进度”查看进行中的团"
    )
    await chat.say("amy", "取消 #1")
    ended = chat.said(await chat.say("eve", "笔记 1 #1"))
    assert ended == "西门子洗碗机SJ235（#1）已经结束，不能再关联笔记，没有任何改动。"
    assert "🛒" not in (await chat.app.render_card(-1)).text


async def test_posting_her_note_again_on_the_group_buy_links_it() -> None:
    chat = fake_chat()
    await chat.say("eve", f"种草 {NOTE}")
    await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3")

    replies = await chat.say("eve", f"种草 #1 {NOTE}")

    assert chat.said(replies) == (
        "这条和你的笔记 #1 一模一样，没有再发；已把笔记 #1 关联到 西门子洗碗机SJ235（#1），"
        "朋友在它的卡片上就能直接跟团。"
    )
    assert "🛒 西门子洗碗机SJ235（#1）" in (await chat.app.render_card(-1)).text
    assert (await chat.app.render_card(-2)).text == "这里没有笔记 #2。"  # no note 2 was posted


async def test_posting_her_english_note_again_on_the_group_buy_links_it() -> None:
    chat = fake_chat()
    await chat.say("eve", "/lang en")
    await chat.say("eve", "/note Try the Siemens SJ235 dishwasher, very quiet")
    await chat.say("amy", "/groupbuy Dishwasher SJ235 price 2999 target 3")

    said = chat.said(await chat.say("eve", "/note #1 Try the Siemens SJ235 dishwasher, very quiet"))

    assert said == (
        "This is the same as your note #1, so it was not posted again; note #1 is now linked to"
        " Dishwasher SJ235 (#1) instead, and friends can join right from its card."
    )


async def test_she_links_it_from_her_private_chat_as_she_was_told() -> None:
    chat = fake_chat()
    await chat.say("eve", f"种草 {NOTE}")
    await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3")

    replies = await chat.say("eve", "种草 1 #1", private=True)
    stranger = chat.said(await chat.say("kim", "种草 1 #1", private=True))

    assert chat.said(replies).startswith("笔记 #1 已关联到 西门子洗碗机SJ235（#1）")
    assert [(r.card_of, r.chat_id) for r in replies if r.is_card] == [(-1, chat.chat_id)]  # the group's card
    assert "🛒 西门子洗碗机SJ235（#1）" in (await chat.app.render_card(-1)).text
    assert stranger == (
        "在我见过你的群里找不到笔记 #1。"
        "如果它在你的某个群里，请在那个群里发“笔记 1”，或者先在群里说句话，再来问我。"
    )  # not a note of her groups


async def test_in_english_only_the_author_or_organiser_links_it_and_she_is_told() -> None:
    chat = fake_chat()
    await chat.say("eve", "/lang en")
    await chat.say("eve", "/note Try the Siemens SJ235 dishwasher, very quiet")
    await chat.say("amy", "/groupbuy Dishwasher SJ235 price 2999 target 3")

    refused = chat.said(await chat.say("bob", "/note 1 #1"))
    linked = await chat.say("amy", "/note 1 #1")

    assert refused == (
        "Note #1 is Eve's: only its author or the organiser of #1 can link it to a group buy."
        " Nothing changed."
    )
    assert chat.private(linked) == {
        "eve": "Amy linked your note #1 to Dishwasher SJ235 (#1): friends can join right from your note,"
        " and count as brought by you."
    }


async def test_the_notes_help_says_how_to_link_a_note_posted_before() -> None:
    chat = fake_chat()

    chinese = chat.said(await chat.say("bob", "笔记帮助"))
    english = chat.said(await chat.say("bob", "/help notes"))

    assert "已发的笔记 3 关联第 12 团：种草 3 #12" in chinese
    assert "/note 3 #12 links your note 3 posted before" in english


async def test_in_digest_mode_the_link_is_answered_privately() -> None:
    chat = fake_chat()
    chat.title, chat.admins = "family", {"amy"}
    await chat.say("amy", "摘要 开")
    await chat.say("eve", f"种草 {NOTE}")
    await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3")

    replies = await chat.say("eve", "笔记 1 #1")

    assert [r for r in replies if r.text and not r.private_to] == []  # the chat hears nothing
    assert chat.private(replies)["eve"].startswith("「family」")
    assert "笔记 #1 已关联到 西门子洗碗机SJ235（#1）" in chat.private(replies)["eve"]


async def test_a_note_about_another_open_group_buy_stays_with_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3")
    await chat.say("amy", "接龙 博世洗碗机 价格 3999 成团 3")
    await chat.say("eve", "种草 #1 洗得干净又省水")

    refused = chat.said(await chat.say("eve", "笔记 1 #2"))
    english = chat.said(await chat.say("eve", "/note 1 #2"))

    assert refused == "笔记 #1 已经关联到还在进行的 西门子洗碗机SJ235（#1），没有任何改动。"
    assert english == "笔记 #1 已经关联到还在进行的 西门子洗碗机SJ235（#1），没有任何改动。"
    assert "（#1）" in (await chat.app.render_card(-1)).text

"""`候补 1 帮 妈妈` (a wait for her mother) got no answer at all: read as talk, she believed her mother was in
line. The waiting list keeps a member's own line only (as a sold-out `+1 帮 妈妈` is told): she is now
told so, and the wait she can send, nothing changed (found playing the playground)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese_the_wait_to_send_keeps_her_number_and_option() -> None:
    chat = fake_chat()
    await chat.say("lao", "接龙 粽子 规格 小盒:30:1,大盒:50:5 截止 明天上午8点")
    await chat.say("a1", "+1 小盒")

    plain = Chat.said(await chat.say("a3", "候补 1 帮 妈妈"))
    named = Chat.said(await chat.say("a3", "候补 #1 小盒 2 帮妈妈"))

    assert plain == (
        "候补只记在你自己名下，不能替 妈妈 候补：想自己候补请发“候补 1”，补上的算你的。没有任何改动。"
    )
    assert named == (
        "候补只记在你自己名下，不能替 妈妈 候补：想自己候补请发“候补 #1 小盒 2”，补上的算你的。没有任何改动。"
    )
    assert Chat.said(await chat.say("a3", "候补")).startswith("A3 已候补 粽子 小盒（#1）1 份，排第 1 位。")


async def test_in_english_for_my_mum_names_mum_and_for_me_is_her_own_wait() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea price 5 stock 2 ends tomorrow 8:00")
    await chat.say("bob", "+2")

    for_mum = Chat.said(await chat.say("cat", "/waitlist #1 2 for my mum"))
    for_me = Chat.said(await chat.say("cat", "/waitlist 1 for me"))

    assert for_mum == (
        "The waiting list keeps your own line only, not one for mum: to wait yourself, send /waitlist #1 2 "
        "(what comes free is then yours). Nothing was changed."
    )
    assert for_me.startswith("Cat is on the waiting list of Tea (#1) for 1: number 1 in line.")


async def test_an_option_named_like_a_friend_is_still_the_option() -> None:
    """代餐 (meal replacement) is an option, never `代 餐` (for a friend called 餐): its join was asked which
    option 餐 wanted, and its wait would have been refused as one for a friend."""
    chat = fake_chat()
    await chat.say("lao", "接龙 套餐 规格 代餐:30:1,正餐:50:5 截止 明天上午8点")
    joined = Chat.said(await chat.say("a1", "+1 代餐"))
    assert joined.startswith("A1 跟团：1 × 套餐 代餐（#1）。"), joined

    waited = Chat.said(await chat.say("a3", "候补 代餐 1"))

    assert waited.startswith("A3 已候补 套餐 代餐（#1）1 份，排第 1 位。")


async def test_a_wait_for_herself_worded_with_a_helper_word_is_never_a_friends() -> None:
    """From the review: `候补 帮忙留一份`, `候补 帮我留2份`, `/waitlist for 2` were told the queue keeps her
    own line only, as if for a friend called 忙留一份, 我留2份, 2."""
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea price 5 stock 2 ends tomorrow 8:00")
    await chat.say("bob", "+2")

    for words in ("候补 帮忙留一份", "候补 帮我留2份", "/waitlist for 2"):
        said = " ".join(reply.text for reply in await chat.say("cat", words))
        assert "keeps your own line only" not in said and "只记在你自己名下" not in said, words

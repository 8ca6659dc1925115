"""rep104 #2: a Chinese command word at the start with a 谢谢, a ？ or a second number after it got no
answer at all (`截单 #2 谢谢大家`, `我的收益？`, `名单 #1 谢谢`, `截单 #2 #1`), where the English forms are
answered. Now the command is carried out (its courtesy set aside) or its form is said; talk that only
contains the word glued on (`截单了 谢谢大家`) stays quiet."""

from __future__ import annotations

from tests.unit.handlers.conftest import chat_in


async def _chat():  # type: ignore[no-untyped-def]
    chat = await chat_in("zh")
    await chat.say("amy", "开团 芒果 价格 30")
    await chat.say("amy", "开团 苹果 价格 20")
    await chat.say("bob", "+1 #1")
    await chat.say("cat", "+1 #2")
    return chat


def _said(replies) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.text for r in replies if r.text and not r.private_to]


async def test_close_with_thanks_after_closes_it() -> None:
    chat = await _chat()
    said = _said(await chat.say("amy", "截单 #2 谢谢大家"))
    assert said and said[0].startswith("✅ 苹果（#2）成团了"), said


async def test_close_of_two_numbers_is_answered_with_its_form() -> None:
    chat = await _chat()
    assert _said(await chat.say("amy", "截单 #2 #1")) == ["请这样写：截单 或 截单 #2"]
    progress = _said(await chat.say("bob", "名单 #2"))
    assert progress and "共 1 条" in progress[0] and "成团" not in progress[0]  # nothing closed


async def test_list_and_orders_and_earnings_with_thanks_or_a_question_mark() -> None:
    chat = await _chat()
    listed = _said(await chat.say("bob", "名单 #1 谢谢"))
    assert listed and listed[0].startswith("📋 芒果（#1）接龙名单，共 1 条："), listed
    assert _said(await chat.say("bob", "我的订单 谢谢")) == ["Bob，你的订单已私信发给你。"]
    for typed in ("我的收益？", "我的收益 谢谢"):
        replies = await chat.say("bob", typed)
        assert _said(replies) == ["Bob，你的收益已私信发给你。"], typed
        assert chat.private(replies)["bob"].startswith("你的分享收益：")
    private = await chat.say("bob", "我的收益 ？", private=True)
    assert next(r.text for r in private if r.text).startswith("你的分享收益：")


async def test_remind_with_a_nudge_after_it_reminds() -> None:
    chat = await _chat()
    await chat.say("amy", "截单 #1")
    replies = await chat.say("amy", "催款 大家快付钱")
    said = _said(replies)
    assert said and said[0].startswith("💸 催款：芒果（#1）还有 1 个订单未付款："), said
    assert chat.private(replies)["bob"].startswith("💸 催款：你在 芒果（#1）的订单 #1-1 还没付款")


async def test_foryou_off_with_a_particle_is_answered() -> None:
    chat = await _chat()
    assert _said(await chat.say("dan", "猜你喜欢 关掉吧")) == [
        "猜你喜欢在私聊里开关，没有任何改动：请私聊我发“猜你喜欢 关”。"
    ]


async def test_share_of_a_number_for_someone_gives_that_share_code() -> None:
    chat = await _chat()
    replies = await chat.say("bob", "分享 #2 给我妈")
    assert _said(replies) == ["Bob，你的分享码已私信发给你。"]
    assert chat.private(replies)["bob"].startswith("你的苹果（#2）分享码：")


async def test_talk_around_the_words_stays_quiet() -> None:
    chat = await _chat()
    for typed in ("截单了 谢谢大家", "大家好 截单了吗", "名单 在群公告里", "分享 一下我的经验", "催款 好烦"):
        assert _said(await chat.say("dan", typed)) == [], typed
    assert _said(await chat.say("amy", "截单了 谢谢大家")) == []
    assert "成团" not in (_said(await chat.say("bob", "名单 #2")) or [""])[0]

"""Review 95 #2 (session 40 noticed, "Languages"): buyers who had only ever written Chinese in a Chinese
group sent `/orders`, `/help` (a menu's taps) in their private chat and read English, the slash word's
language; so did the organiser's `/mine`, `/list #1`, `/close #1`. A slash command alone in private is
answered in her own language: her private `/lang`, else her app's, else the words she typed, else her
groups' (their `/lang`, else as their cards speak). Someone never seen keeps the word's language."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _cn() -> Chat:
    chat = fake_chat()
    chat.chat_id = "cn"
    chat.platform = "playground"  # no app language: her words, else her groups, tell hers
    await chat.say("xf", "接龙 荔枝 价格 20 成团 1", name="小芳")
    await chat.say("li", "+1 要新鲜的", name="老李")
    await chat.say("wang", "+1", name="王阿姨")  # no words at all: her group's cards are Chinese
    await chat.say("joe", "count me in", name="Joe")
    return chat


async def _said(chat: Chat, user: str, text: str) -> str:
    return chat.said(await chat.say(user, text, private=True))


async def test_her_private_slash_commands_answer_in_chinese() -> None:
    chat = await _cn()

    orders = await _said(chat, "li", "/orders")
    helped = await _said(chat, "li", "/help")
    only_plus_one = await _said(chat, "wang", "/orders")
    mine = await _said(chat, "xf", "/mine")
    listed = await _said(chat, "xf", "/list #1")
    closed = await _said(chat, "xf", "/close #1")

    assert orders.startswith("已跟团、还没截单"), orders
    assert "荔枝 — 要新鲜的（小芳 的团 #1）：1 × ¥20 = ¥20（暂计）" in orders, orders
    assert helped.startswith("团购助手在你的群里接龙团购"), helped
    assert only_plus_one.startswith("已跟团、还没截单"), only_plus_one
    assert mine.startswith("你开的 1 个团（最新在前）：\n#1 荔枝 · 进行中"), mine
    assert listed.startswith("📋 荔枝（#1）团长名单 · 进行中"), listed
    assert closed.startswith("已截单：荔枝（#1）成团了"), closed


async def test_english_words_a_private_lang_and_an_app_language_still_decide() -> None:
    chat = await _cn()

    english = await _said(chat, "joe", "/orders")
    await chat.say("li", "/lang en", private=True, name="老李")
    chosen = await _said(chat, "li", "/orders")
    chat.platform = "test"  # an app that says its language
    app = await _said(chat, "kim", "/orders")
    app_zh = chat.said(await chat.say("mei", "/orders", private=True, language="zh"))

    assert english.startswith("Joined, not closed yet"), english
    assert chosen.startswith("Joined, not closed yet"), chosen
    assert app == "You have no orders yet."  # never seen, no app language: as before
    assert app_zh == "你还没有订单。"


async def test_one_never_seen_keeps_the_words_language() -> None:
    chat = await _cn()

    assert await _said(chat, "eve", "/orders") == "You have no orders yet."
    assert (await _said(chat, "eve", "/help")).startswith("Tuan runs group buys in your groups")


async def test_her_groups_decide_only_when_they_agree() -> None:
    chat = await _cn()
    english = fake_chat()
    english.app = chat.app
    english.chat_id = "en"
    english.platform = "playground"
    await english.say("ben", "/groupbuy Cookies price 10 target 1", name="Ben")
    await english.say("pat", "+1", name="Pat")  # Pat: a +1 in an English group ...
    await chat.say("pat", "+1", name="Pat")  # ... and one in a Chinese group: they disagree
    await english.say("kim", "+1", name="Kim")  # Kim: only the English group

    both = await _said(chat, "pat", "/orders")
    only_english = await _said(chat, "kim", "/orders")
    chinese = await _said(chat, "wang", "/orders")

    assert both.startswith("Joined, not closed yet"), both  # the word's, as before
    assert only_english.startswith("Joined, not closed yet"), only_english
    assert chinese.startswith("已跟团、还没截单"), chinese

"""Wang set `/lang zh` in his private chat (answered "本群以后我说中文": no group), yet `/orders`,
`/earnings`, `/ipaid`, `/note 1` typed there came back in English: the slash word's language won over
the chat's setting. And eve, who once sent `名单` in an English group and then only English slash
commands, got bob's `/ipaid` notice in Chinese: only Chinese command words recorded the language she
last spoke. A private chat's `/lang` now decides its answers; English command words are recorded too
(since session 24 a slash command alone only for a member of whom nothing else is known: eve's `名单`
is her last words, so she stays Chinese)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_private_chats_lang_setting_decides_its_answers_over_the_words() -> None:
    room = fake_chat()
    await room.say("amy", "/groupbuy Mangoes price 10")
    await room.say("wang", "+1")
    assert Chat.said(await room.say("wang", "/lang zh", private=True)) == "好的，我们的私聊以后我说中文。"

    orders = Chat.said(await room.say("wang", "/orders", private=True))
    earnings = Chat.said(await room.say("wang", "/earnings", private=True))
    ipaid = " ".join(reply.text for reply in await room.say("wang", "/ipaid", private=True) if reply.text)

    note = Chat.said(await room.say("wang", "/note 1", private=True))

    assert orders.startswith("已跟团、还没截单"), orders
    assert earnings.startswith("你的分享收益："), earnings
    assert ipaid.startswith("你没有待付款的订单"), ipaid
    assert any("\u4e00" <= ch <= "\u9fff" for ch in note), note
    back = Chat.said(await room.say("wang", "/lang en", private=True))
    assert back == "OK, I'll speak English in this chat."


async def test_a_groups_lang_setting_still_answers_in_the_words_typed() -> None:
    room = fake_chat()
    await room.say("amy", "/groupbuy Mangoes price 10")
    assert Chat.said(await room.say("amy", "/lang en")) == "OK, I'll speak English in this chat."
    listed = Chat.said(await room.say("amy", "名单"))
    assert any("\u4e00" <= ch <= "\u9fff" for ch in listed.replace("Mangoes", "")), listed


async def test_english_slash_words_alone_after_a_chinese_one_keep_her_chinese() -> None:
    # session 24: a slash command alone (a menu's tap) tells nothing of a member whose words were seen
    # (session 25: a notice to an organiser about her group buy follows her private `/lang`, else its
    # group's, never her words; session 35: so does a buyer's about her orders and lines; session 36: so
    # does a mute: her private `/start`, told in her language as last seen, shows the rule here)
    room = fake_chat()
    await room.say("amy", "/groupbuy Mangoes price 10")
    await room.say("eve", "名单")  # once, in Chinese: the words she last used
    await room.say("eve", "+1")
    await room.say("eve", "/orders")  # then only English slash words
    await room.say("eve", "/ipaid 1-1")
    welcome = Chat.said(await room.say("eve", "/start", private=True))
    assert any("\u4e00" <= ch <= "\u9fff" for ch in welcome.replace("Mangoes", "")), welcome
    room.admins = {"amy"}
    notices = room.private(await room.say("amy", "/mute Eve"))
    assert notices["eve"].startswith("The chat's admins stopped you posting notes"), notices  # the group's

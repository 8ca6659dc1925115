"""Session 13 (FV): after FK's fix (handlers/no_buttons.py) WeChat members still read of buttons they do not
have: a note card's join hint said `想要就点“跟团”，或发 +1 团1-8SHF` (rendered without knowing the platform),
and the evening digest, sent by the scheduler, `点 👍 给喜欢的笔记点赞` (its 👍 are numbered choices there,
which expire minutes after it is posted). On WeChat the card is rendered for its platform
(`ChatApp.render_card(platform=...)`) and the digest for the platform whose outbox sends it: each says the
command to send. Telegram and the playground keep the button."""

from __future__ import annotations

from dataclasses import replace

from handlers.digest import NoteDigests
from tests.regressions.test_a_question_mentioning_the_bot_on_wechat_is_answered import ROOM, Room
from tests.unit.handlers.conftest import fake_chat


def names_a_button(text: str) -> bool:
    return "按钮" in text or "点“" in text or "点 👍" in text


async def test_a_note_card_says_to_send_plus_one_with_the_share_code() -> None:
    room = Room()
    await room.say("张三", "接龙 海南贵妃芒 价格 30 成团 2")

    [card] = await room.say("李四", "种草 #1 芒果很甜")
    [shown] = await room.say("王五", "笔记 1")

    code = card.split("想要就发 +1 ", 1)[1].split("\n", 1)[0]
    assert card == (
        f"笔记 #1 · 李四\n芒果很甜\n🛒 海南贵妃芒（#1）¥30/份\n想要就发 +1 {code}\n"
        "👍 0 · 💬 0\n回复 5 点赞，6 跟团"
    )
    assert f"想要就发 +1 {code}\n" in shown
    assert not names_a_button(card) and not names_a_button(shown)


async def test_a_note_card_of_options_names_an_option_to_send() -> None:
    room = Room()
    await room.say("张三", "接龙 海南贵妃芒 规格 3斤:58,5斤:88 成团 2")

    [card] = await room.say("李四", "种草 #1 芒果很甜")

    assert "\n想要就发 +1 5斤 团1-" in card
    assert not names_a_button(card)


async def test_the_evening_digest_and_digest_now_say_to_send_like() -> None:
    room = Room()
    await room.say("张三", "接龙 海南贵妃芒 价格 30 成团 2")
    await room.say("张三", "摘要 开")
    await room.say("李四", "种草 #1 芒果很甜")
    room.clock.advance(hours=8)  # 20:00 in Shanghai: the evening digest is due
    # the scheduler of `tuan run wechat`: its messages are WeChat's outbox rows
    config = replace(room.app.config, outbox_platform="wechat")
    digests = NoteDigests(uow_factory=room.app.uow_factory, clock=room.clock, config=config, outbox=room.app)
    before = len(room.sent)

    await room.adapter.deliver_unasked(await digests())
    evening = [text for where, text in room.sent[before:] if where == ROOM]
    now = await room.say("王五", "摘要")

    assert evening == [
        "📰 今日笔记精选（1 条）\n1. #1 李四：芒果很甜 👍 0 · 💬 0\n"
        "发“笔记 1”看全文和评论，发“赞 1”给喜欢的笔记点赞\n回复 1 👍 #1（0）"
    ]
    assert now == [
        "📰 过去 24 小时的笔记精选（1 条）\n1. #1 李四：芒果很甜 👍 0 · 💬 0\n"
        "发“笔记 1”看全文和评论，发“赞 1”给喜欢的笔记点赞\n回复 1 👍 #1（0）"
    ]


async def test_a_platform_with_buttons_still_names_them() -> None:
    chat = fake_chat()
    chat.admins = {"amy"}
    await chat.say("amy", "接龙 海南贵妃芒 价格 30 成团 2")
    await chat.say("bob", "种草 #1 芒果很甜")

    card = await chat.app.render_card(-1)
    await chat.say("amy", "摘要 开")
    [digest] = await chat.say("bob", "摘要")

    assert "\n想要就点“跟团”，或发 +1 团1-" in card.text
    assert digest.text.endswith("点 👍 给喜欢的笔记点赞")

"""On WeChat (no buttons: a reply's buttons are numbered choices) the help texts still spoke of buttons:
`/help pay` read "…the order has a Pay button (or send /pay 12-3)." (`帮助 付款`: `订单上有“付款”按钮`),
`/help notes` "…(its Join button, or your share code or link)…" (`帮助 笔记`: `卡片上的跟团按钮`),
`帮助 团长` `（点错了：撤销已收 12-3）`, and linking a note, `/note 1 #1`, "its card shows the price and a
Join button". There they now say the command to send (handlers/no_buttons.py); Telegram keeps its
buttons. Every help topic, in both languages, in a group and in private, is scanned for a button."""

from __future__ import annotations

import re

import pytest

from handlers.no_buttons import TYPED
from handlers.texts.catalog import for_language
from tests.unit.handlers.conftest import Chat, fake_chat

TOPICS = {
    "en": ["/help", "/help pay", "/help notes", "/help organiser", "/help share"],
    "zh": ["帮助", "帮助 付款", "帮助 笔记", "帮助 团长", "帮助 分享"],
}


def wechat(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    chat.platform = "wechat"
    return chat


def names_a_button(text: str) -> bool:
    return bool(re.search(r"按钮|点“|点击|点错|\btap|button", text, re.IGNORECASE))


async def test_help_pay_says_to_send_pay() -> None:
    en = Chat.said(await wechat("en").say("amy", "/help pay", private=True))
    zh = Chat.said(await wechat("zh").say("amy", "帮助 付款", private=True))

    assert "\nWhere I take payment online, send /pay 12-3 to pay your order.\n" in en
    assert "\n支持在线付款时，发 付款 12-3 付这个订单。\n" in zh


async def test_help_notes_says_the_plus_one_its_card_says() -> None:
    en = Chat.said(await wechat("en").say("amy", "/help notes"))
    zh = Chat.said(await wechat("zh").say("amy", "帮助 笔记"))

    assert "through it (the +1 its card says to send, or your share code or link)," in en
    assert "通过笔记（发卡片上写的 +1，或你的分享码、链接）跟了笔记里的团" in zh


async def test_help_organiser_says_a_mistake_not_a_wrong_tap() -> None:
    zh = Chat.said(await wechat("zh").say("amy", "帮助 团长"))

    assert "已收 12-3 或 已收 @名字（弄错了：撤销已收 12-3）" in zh
    assert "已取货 12-3（弄错了：撤销已取 12-3）" in zh


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("private", [False, True])
async def test_no_help_topic_names_a_button(lang: str, private: bool) -> None:
    chat = wechat(lang)

    for topic in TOPICS[lang]:
        text = Chat.said(await chat.say("amy", topic, private=private, language=lang))
        assert not names_a_button(text), (topic, text)


async def test_linking_a_note_says_how_to_join_not_a_button() -> None:
    said = {}
    for lang, note, opening, link in (
        ("en", "/note Kaya is great on toast", "/groupbuy Kaya jars price 10 target 2", "/note 1 #1"),
        ("zh", "种草 咖椰酱抹面包很好吃", "接龙 咖椰酱 价格 10 成团 2", "种草 1 #1"),
    ):
        chat = wechat(lang)
        await chat.say("bob", note)
        await chat.say("amy", opening)
        said[lang] = Chat.said(await chat.say("bob", link))

    assert said["en"] == (
        "Note #1 is now linked to Kaya jars (#1): its card shows the price and how to join, "
        "so friends can join right from the note."
    )
    assert said["zh"] == (
        "笔记 #1 已关联到 咖椰酱（#1）：卡片上有了价格和跟团的方法，朋友在笔记上就能直接跟团。"
    )


async def test_telegram_keeps_its_buttons() -> None:
    chat = fake_chat(default_language="en")

    text = Chat.said(await chat.say("amy", "/help pay", private=True))

    assert "the order has a Pay button (or send /pay 12-3)" in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_variant_for_a_platform_without_buttons_names_one(lang: str) -> None:
    catalog = for_language(lang)
    said = {key: catalog.gettext(variant) for key, variant in TYPED.items()}

    assert {key: text for key, text in said.items() if names_a_button(text)} == {}

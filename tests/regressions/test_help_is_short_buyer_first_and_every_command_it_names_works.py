"""Review 46, finding 3: `/help` (and `帮助`) was a 16-line, ~2,750-character wall, its "Organiser:" /
"团长：" line printed twice in two versions, a buyer's `/ipaid` below share commissions and moderation,
and `/help pay` ignored "pay". Now the short help is what a buyer needs on one phone screen, naming the
topics (`/help organiser`, `/help pay`, `/help share`, `/help notes`; `帮助 团长`, `帮助 付款`…), the
organiser's commands are in one place once, and every command any of them shows works as shown."""

from __future__ import annotations

import re

import pytest

from handlers.parsing.commands import parse_text
from handlers.registry import VOCABULARY
from handlers.texts import t
from tests.unit.handlers.conftest import fake_chat

TOPICS = {
    "en": {
        "/help": "help",
        "/help organiser": "help_organiser",
        "/help pay": "help_pay",
        "/help share": "help_share",
        "/help notes": "help_notes",
    },
    "zh": {
        "帮助": "help",
        "帮助 团长": "help_organiser",
        "帮助 付款": "help_pay",
        "帮助 分享": "help_share",
        "帮助 笔记": "help_notes",
    },
}
# Every Chinese command the short help and its topics show, as shown (the English ones are found by `/`)
CHINESE_SHOWN = {
    "help": "+1、+2、+1 3号楼、-1、退出、候补 2、进度、名单、我的订单、我已付款 12-3、"
    "帮助 付款、问 什么时候截单、帮助 团长、帮助 分享、帮助 笔记",
    "help_organiser": "接龙 海南贵妃芒 5斤 价格 88 阶梯 10:78,20:68 成团 10 库存 50 "
    "限购 3 截止 今晚8点 自提 小区门口、截单、取消、修改 价格 80、修改 5斤 价格 80、"
    "再开一团 #12、踢出 @名字、代报 王阿姨 2、催款、自提 小区南门 明天下午5点、"
    "收款方式 微信转账给我、导出 #12、我的团、已收 12-3、已收 @名字、撤销已收 12-3、"
    "退款 12-3、取消订单 12-3、取消未付款 #12、恢复订单 12-3、核销 4827、"
    "设置帮手 @名字、已取货 12-3、撤销已取 12-3、谁还没取货、佣金 5%、帮卖 开 10%、"
    "帮卖 #12、答 5 …、待审笔记、隐藏 3、取消隐藏 3、禁言 @名字、解除禁言 @名字、"
    "后台、语言 中文、语言 英文",
    "help_pay": "我的订单、我已付款 12-3、我付了、付款 12-3、-1、退出",
}
ORGANISERS_ONCE = {
    "en": ["/unpickup 12-3", "/uncollected", "/restore 12-3", "/cancelunpaid 12", "/close"],
    "zh": ["撤销已取 12-3", "谁还没取货", "恢复订单 12-3", "取消未付款 #12", "截单、"],
}
_SHOWN_EN = re.compile(r"/[a-z]+(?:[ ][^\s,·;()/…|]+)*")


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_short_help_fits_a_phone_and_names_each_topic(lang: str) -> None:
    chat = fake_chat(default_language=lang)
    short = chat.said(await chat.say("bob", "/help" if lang == "en" else "帮助"))
    assert short == t(lang, "help")
    assert len(short.split("\n")) <= 7 and len(short) <= 450
    for asked in TOPICS[lang]:
        assert asked in short, asked
    assert ("/ipaid 12-3" if lang == "en" else "我已付款 12-3") in short  # a buyer's, before any organiser's


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_each_topic_answers_its_own_text_and_the_organisers_line_is_there_once(lang: str) -> None:
    chat = fake_chat(default_language=lang)
    for asked, key in TOPICS[lang].items():
        said = chat.said(await chat.say("bob", asked))
        first = t(lang, key, days=7, hold=7, minimum="¥10", others="alipay").split("\n")[0]
        assert said.startswith(first), asked
    organiser = chat.said(await chat.say("bob", "/help organiser" if lang == "en" else "帮助 团长"))
    once = ORGANISERS_ONCE[lang]  # each version of the doubled line lacked one of these
    assert [organiser.count(shown) for shown in once] == [1] * len(once)


@pytest.mark.parametrize("key", ["help", "help_organiser", "help_pay", "help_share", "help_notes"])
def test_every_english_command_a_help_shows_works_as_shown(key: str) -> None:
    text = t("en", key, days=7, hold=7, minimum="¥10", others="alipay")
    shown = [found.group().strip() for line in text.split("\n") for found in _SHOWN_EN.finditer(line)]
    assert shown
    for typed in shown:
        command = parse_text(typed, vocabulary=VOCABULARY)
        assert command is not None and command.name not in ("unknown", "invalid"), typed


@pytest.mark.parametrize("key", sorted(CHINESE_SHOWN))
def test_every_chinese_command_a_help_shows_works_as_shown(key: str) -> None:
    text = t("zh", key)
    for typed in CHINESE_SHOWN[key].split("、"):
        assert typed in text, typed
        command = parse_text(typed, vocabulary=VOCABULARY)
        assert command is not None and command.name not in ("unknown", "invalid"), typed

"""The organiser's Chinese notice of a help-seller read `各群的成交在私聊发 /list #1 查看`, naming the
English command. Chinese texts now name the Chinese form (`名单 #1`) wherever one exists."""

from __future__ import annotations

import re

from handlers.texts.catalog import po_path
from tests.helpsell_chats import two_groups

ENGLISH_ONLY = ("/start",)  # commands without a Chinese word (handlers.registry)


async def test_the_organiser_is_told_the_chinese_list_command() -> None:
    chat, office = two_groups(family_title="家庭群")
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("amy", "帮卖 开 10%")
    told = office.private(await office.say("ahua", "帮卖 #1"))["amy"]
    assert told.endswith("各群的成交在私聊发 名单 #1 查看。")


def test_no_chinese_text_names_a_slash_command() -> None:
    lines = po_path("zh").read_text(encoding="utf-8").splitlines()
    texts = [line for line in lines if line.startswith(('msgstr "', '"'))]  # with continued lines
    named = [line for line in texts if re.search(r"(?<![\w/:])/[a-z]+", line)]
    assert [line for line in named if not any(word in line for word in ENGLISH_ONLY)] == []

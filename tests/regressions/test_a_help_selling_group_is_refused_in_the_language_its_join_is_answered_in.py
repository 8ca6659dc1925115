"""A player's finding: in an English group that help-sells (帮卖) a Chinese group buy, `+1` was answered in
English (the card listed there speaks as its help-seller listed it) but the `+2` over the limit right after
was refused in Chinese, the language of the group buy's own group: a refusal there looked for the group's
own group buys to speak as, found none, and fell back to the default. A group that only lists another's
is refused as its joins are answered, as the card listed there speaks (`Context._guess`), both ways."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

ZH_OPEN, ZH_LIST = "接龙 芒果 价格 88 成团 3 库存 10 限购 2 截止 明天晚上8点", "帮卖 #1"
EN_OPEN, EN_LIST = "/groupbuy Mangoes price 88 target 3 stock 10 limit 2 ends tomorrow 8pm", "/helpsell #1"


async def _listed(opened: str, sells: str, listed: str) -> Chat:
    home = fake_chat()
    other = Chat(app=home.app, chat_id="block7", title="Block 7")
    await home.say("lao", opened)
    await home.say("lao", sells)
    await other.say("kim", listed)
    return other


@pytest.mark.parametrize(
    ("opened", "sells", "listed", "said"),
    [
        (
            ZH_OPEN,
            "帮卖 开 10%",
            EN_LIST,
            [
                "Zed is in: 1 × 芒果 (#1). Now ¥88 each.",
                "Sorry, 芒果 is limited to 2 per person and you already have 1, so you may take 1 more. "
                "Nothing was changed.",
                "Sorry, 芒果 is limited to 2 per person and you already have 1, so you may take 1 more. "
                "Nothing was changed.",
                "There is no group buy #7 in this chat: nothing was changed. "
                "Use the number on its card, e.g. +1 #1 or /join #1 2",
            ],
        ),
        (
            EN_OPEN,
            "/helpsell on 10%",
            ZH_LIST,
            [
                "Zed 跟团：1 × Mangoes（#1）。当前 ¥88/份。",
                "抱歉，Mangoes 每人限购 2 份，你已经有 1 份了，还能再要 1 份，没有任何改动。",
                "抱歉，Mangoes 每人限购 2 份，你已经有 1 份了，还能再要 1 份，没有任何改动。",
                "这个群里没有团购 #7，没有任何改动。请用卡片上的编号，例如：+1 #1 或 跟团 #1 2",
            ],
        ),
    ],
    ids=["zh-group-buy-listed-in-english", "en-group-buy-listed-in-chinese"],
)
async def test_a_join_and_its_refusals_speak_one_language_in_the_listing_group(
    opened: str, sells: str, listed: str, said: list[str]
) -> None:
    other = await _listed(opened, sells, listed)

    answers = [Chat.said(await other.say("zed", typed)) for typed in ("+1", "+2", "+2 #1", "+1 #7")]

    assert answers == said

"""After linking a note to a group buy came in (`笔记 3 #2`), a seller could link his own ad, flagged and
waiting for the admins (`加我微信 sam888 全网最低价`), and get a Join button and his share code on it
(review 36 finding 2: joins through an ad). A flagged note or an ad is now refused in one line, nothing
changed; an honest note is linked as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

AD = {
    "zh": "种草 贵妃芒太好吃了！！加我微信 sam888 全网最低价",
    "en": "/note great mangoes!! add my wechat sam888 cheapest price",
}
LINK = {"zh": "笔记 1 #1", "en": "/note 1 #1"}
REFUSED = {
    "zh": "笔记 #1 在等管理员审核，或被判定为广告，不能关联团购，没有任何改动。管理员看过、取消标记后再发。",
    "en": "Note #1 is waiting for the admins' review, or was judged an ad, so it can't be linked to a group "
    "buy: nothing was changed. Send it again once an admin has cleared it.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_flagged_ad_is_not_linked(lang: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("sam", AD[lang])
    await chat.say("amy", "接龙 贵妃芒 价格 88" if lang == "zh" else "/groupbuy Mangoes price 88")

    assert chat.said(await chat.say("sam", LINK[lang])) == REFUSED[lang]
    card = await chat.app.render_card(-1)
    assert "🛒" not in card.text
    assert not any(b.label in ("跟团", "Join") for row in card.buttons for b in row)

"""Session 35 (WeChat): `王阿姨 +2 #1` from Wangayi writes her line under the name she typed, her 接龙
name (`1. 王阿姨 ×2`), but the next time her room alias changed (Wangayi became Wangayi-3栋) the rename
of her lines overwrote it, and the card and `名单` read `Wangayi-3栋 ×2`. A rename now reaches only the
lines written under the name she had in the room until then (`rename_lines`): her typed line keeps
王阿姨, her plain `+1` line on another group buy takes the new name, in a Chinese room and an English one."""

from __future__ import annotations

import pytest

from tests.adapters.wechat.aliased_room import AliasedRoom as Room

OPENINGS = {
    "zh": ("接龙 芒果 价格 30", "接龙 草莓 价格 20"),
    "en": ("/groupbuy Mangoes price 30", "/groupbuy Grapes price 20"),
}
LISTS = {
    "zh": (
        "📋 芒果（#1）接龙名单，共 1 条：\n1. 王阿姨 ×2",
        "📋 草莓（#2）接龙名单，共 1 条：\n1. Wangayi-3栋 ×1",
    ),
    "en": (
        "📋 The list of Mangoes (#1), 1 line:\n1. 王阿姨 ×2",
        "📋 The list of Grapes (#2), 1 line:\n1. Wangayi-3栋 ×1",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_typed_jielong_name_stays_and_her_account_line_takes_her_new_alias(lang: str) -> None:
    room = Room()
    if lang == "en":
        await room.say("wxid_amay", "阿May", "/lang en")
    for opening in OPENINGS[lang]:
        await room.say("wxid_amay", "阿May", opening)
    joined = await room.say("wxid_wang", "Wangayi", "王阿姨 +2 #1")
    assert "1. 王阿姨 ×2" in joined[-1], joined
    await room.say("wxid_wang", "Wangayi", "+1 #2")

    assert await room.say("wxid_wang", "Wangayi-3栋", "大家好") == []  # chatter under her new alias

    typed, plain = LISTS[lang]
    listed = "\n".join(await room.say("wxid_amay", "阿May", "名单 #1" if lang == "zh" else "/list #1"))
    assert listed.endswith(typed), listed
    listed = "\n".join(await room.say("wxid_amay", "阿May", "名单 #2" if lang == "zh" else "/list #2"))
    assert listed.endswith(plain), listed
    card = await room.adapter.app.render_card(1)
    assert "1. 王阿姨 ×2" in card.text and "Wangayi" not in card.text, card.text

"""rep81 #5: `+1 for Mum 咸蛋黄` on 青团 (豆沙 / 咸蛋黄) took 咸蛋黄 as the friend's name and asked "Which
option of 青团 (#6) for 咸蛋黄?…e.g. +1 for 咸蛋黄 咸蛋黄". After a kinship word, which names her, the
Chinese word is the option: Mum's line of 咸蛋黄, as `+1 咸蛋黄 for Mum` and `mum +1 咸蛋黄` were. After a
word that names no one (`for my neighbour 小王`) a Chinese name is still the friend."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_mums_line_of_the_option() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Qingtuan options 豆沙:30,咸蛋黄:36 ends 1h")

    joined = Chat.said(await chat.say("quinn", "+1 for Mum 咸蛋黄", name="Quinn"))
    counted = Chat.said(await chat.say("quinn", "+1 for mum 豆沙 2", name="Quinn"))
    neighbour = Chat.said(await chat.say("quinn", "+1 for my neighbour 小王 豆沙", name="Quinn"))

    assert joined == "Quinn joined for Mum: 1 × Qingtuan 咸蛋黄 (#1). 咸蛋黄: now ¥36 each."
    assert counted == "Quinn joined for Mum: 2 × Qingtuan 豆沙 (#1). 豆沙: now ¥30 each."
    assert neighbour == "Quinn joined for 小王: 1 × Qingtuan 豆沙 (#1). 豆沙: now ¥30 each."
    card = await chat.card(1)
    assert "Quinn for Mum 咸蛋黄 ×1" in card and "Quinn for Mum 豆沙 ×2" in card, card
    assert "for 咸蛋黄" not in card and "for 豆沙" not in card


async def test_in_a_chinese_group() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 青团 规格 豆沙:30,咸蛋黄:36", name="Amy")

    said = Chat.said(await chat.say("quinn", "+1 for Mum 咸蛋黄", name="Quinn"))

    assert said == "Quinn joined for Mum: 1 × 青团 咸蛋黄 (#1). 咸蛋黄: now ¥36 each."
    assert "Quinn 帮 Mum 咸蛋黄 ×1" in await chat.card(1)

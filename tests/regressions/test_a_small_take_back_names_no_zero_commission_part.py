"""Bob help-sells Berries in the office group and shared it to Dan (¥75 by his code at 5%, ¥40 made in his
group at 10%: ¥4 help-sell, ¥3.75 share commission). A ¥0.01 part refund takes back ¥0.01 of it,
split between the two roles in proportion: his notice read `（帮卖佣金 ¥0、分享佣金 ¥0.01）`. A ¥0 part is
now left out."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SETUP = {
    "zh": ("接龙 草莓 规格 大盒:75,小盒:40 成团 1 截止 2小时", "佣金 5%", "帮卖 开 10%", "帮卖 #1", "分享 #1",
           "大盒", "+1 小盒", "截单", "已收 1-1", "退款 1-1 0.01 少了一颗"),
    "en": ("/groupbuy Berries options big:75,small:40 target 1 ends 2h", "/commission 5%", "/helpsell on 10%",
           "/helpsell #1", "/share #1", "big", "+1 small", "/close", "/paid 1-1",
           "/refund 1-1 0.01 one short"),
}  # fmt: skip
PART = {
    "zh": "你帮卖、也分享带来的 草莓（#1）订单 #1-1 部分退款 ¥0.01，"
    "这单给你记的佣金扣回 ¥0.01（分享佣金 ¥0.01），你留下 ¥7.74（按剩下的 ¥114.99 计）。",
    "en": "Order #1-1 of Berries (#1), which you help-sell and shared to its buyer, was refunded in part"
    " (¥0.01): ¥0.01 of the commission it earned you was taken back (¥0.01 sharer's commission), and you"
    " keep ¥7.74, in proportion to the ¥114.99 left.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_refund_names_only_the_part_it_took_back(lang: str) -> None:
    opening, rate, helpsell, listing, share, big, small, close, paid, refund = SETUP[lang]
    family = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    office = Chat(family.app, chat_id="office", title="Office")
    for said in (opening, rate, helpsell):
        await family.say("amy", said, language=lang)
    await office.say("bob", listing, language=lang)
    found = re.search(
        r"(?:团)?\d+-[A-Z0-9]{4}\b", family.shared(await family.say("bob", share, language=lang))
    )
    assert found is not None
    await family.say("dan", f"+1 {found.group(0)} {big}", private=True, language=lang)
    await office.say("dan", small, language=lang)
    await family.say("amy", close, language=lang)
    await family.say("amy", paid, private=True, language=lang)

    replies = await family.say("amy", refund, private=True, language=lang)
    to_bob = "\n".join(r.text for r in replies if r.private_to == "bob" and r.text)

    assert PART[lang] in to_bob, to_bob
    assert "¥0、" not in to_bob and "¥0 help-sell" not in to_bob

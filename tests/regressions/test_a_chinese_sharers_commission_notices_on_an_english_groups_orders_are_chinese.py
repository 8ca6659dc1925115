"""Review 97 #1: Cat, a member of the Chinese family group only (`/lang zh`), shared Amy's 榴莲; Jon and
Kim joined with her code in Bob's English help-selling group. Her notices for those orders (paid, picked
up, refunded) came in English, the order's group's language, while her other notices were Chinese. A
sharer with no `/lang` nor app language is told in her groups' language; the help-seller, whose group
the orders were made in, keeps his group's."""

from __future__ import annotations

import re

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_her_commission_notices_speak_her_groups_chinese() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    family.platform = "playground"  # no app language
    office = Chat(family.app, chat_id="office", title="Office", platform="playground")
    await family.say("amy", "/lang zh")
    for said in ("接龙 榴莲 价格 200 成团 1 截止 2小时", "佣金 5%", "帮卖 开 10%"):
        await family.say("amy", said)
    await office.say("bob", "/helpsell #1")
    await office.say("bob", "/lang en")
    found = re.search(r"(?:团)?\d+-[A-Z0-9]{4}\b", family.shared(await family.say("cat", "分享 #1")))
    assert found is not None
    await office.say("jon", f"+1 {found.group(0)}")
    await office.say("kim", f"+1 {found.group(0)}")
    await family.say("amy", "截单")

    paid = Chat.private(await family.say("amy", "已收 1-1 1-2", private=True))
    picked = Chat.private(await family.say("amy", "已取 1-1", private=True))
    refunded = Chat.private(await family.say("amy", "退款 1-2 坏了", private=True))

    assert paid["cat"].startswith("Jon 付款了：你赚了 ¥10 佣金（榴莲 订单 #1-1）"), paid["cat"]
    assert picked["cat"] == "Jon 已提货（榴莲 订单 #1-1）：这单给你的 ¥10 佣金现在可提现了，发“提现”申请。"
    assert refunded["cat"].startswith(
        "你分享带来的 榴莲（#1）订单 #1-2 已退款 ¥200，这单给你记的分享佣金 ¥10 已扣回。"
    ), refunded["cat"]
    assert paid["bob"].startswith("Jon paid: you earned ¥20 commission on order #1-1 of 榴莲."), paid["bob"]
    assert picked["bob"].startswith("Jon picked up order #1-1 of 榴莲"), picked["bob"]

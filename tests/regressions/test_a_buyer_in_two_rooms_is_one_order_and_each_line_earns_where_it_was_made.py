"""Review 56 #2: Dan joined by Bob's share code in private (a line of the family group), then `+1 小盒` in
the office group where Bob help-sells. She got a second line there and one order holding both, but each
group's close counted her (family 2 orders + office 2 = 4 where there were 3), and Bob was paid the share
rate (5%) on all ¥115, though the ¥40 line made in his help-selling group earns the help-sell rate (10%).
Commission is now per line, by where the line was made (the order's the sum), and a buyer's order is
counted once, in the group of her first line."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

CASES = [
    (
        "zh",
        ("接龙 草莓 规格 大盒:75,小盒:40 成团 1 截止 2小时", "佣金 5%", "帮卖 开 10%", "帮卖 #1", "分享 #1"),
        ("+1 大盒", "+1 小盒", "截单", "已收 {n}", "我的收益"),
        ("共 2 个订单、2 份", "共 1 个订单、3 份", "共 3 个订单", "¥7.75"),
    ),
    (
        "en",
        (
            "/groupbuy Berries options big:75,small:40 target 1 ends 2h",
            "/commission 5%",
            "/helpsell on 10%",
            "/helpsell #1",
            "/share #1",
        ),
        ("+1 big", "+1 small", "/close", "/paid {n}", "/earnings"),
        ("2 orders", "1 order", "3 orders", "¥7.75"),
    ),
]


@pytest.mark.parametrize(("lang", "setup", "acts", "seen"), CASES)
async def test_a_buyer_in_two_rooms_is_counted_once_and_her_help_seller_paid_per_line(
    lang: str, setup: tuple[str, ...], acts: tuple[str, ...], seen: tuple[str, ...]
) -> None:
    opening, rate, helpsell, listing, share = setup
    big, small, close, paid, earnings = acts
    family = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    office = Chat(family.app, chat_id="office", title="Office")
    await family.say("amy", opening, language=lang)
    await family.say("amy", rate, language=lang)
    await family.say("amy", helpsell, language=lang)
    await office.say("bob", listing, language=lang)
    shared = family.shared(await family.say("bob", share, language=lang))
    found = re.search(r"(?:团)?\d+-[A-Z0-9]{4}\b", shared)
    assert found is not None
    await family.say("cat", big, language=lang)
    await family.say("dan", f"+1 {found.group(0)} {big[3:]}", private=True, language=lang)  # Bob's code
    await office.say("dan", small, language=lang)  # a second line, made in Bob's help-selling group
    await office.say("tom", small + " 2" if lang == "zh" else "+2 small", language=lang)

    closed = await family.say("amy", close, language=lang)
    told = {r.chat_id: r.text for r in closed if r.text and r.chat_id and not r.is_card}
    summary = "\n".join(r.text for r in closed if r.text and r.private_to == "amy")
    family_said, office_said = seen[0], seen[1]
    assert family_said in told[family.chat_id], told
    assert office_said in told["office"], told  # Tom's: Dan's order is family's, counted there
    assert seen[2] in summary, summary
    dans = re.search(r"#(1-\d)", "\n".join(r.text for r in closed if r.private_to == "dan"))
    assert dans is not None, [(r.private_to, r.text) for r in closed]
    await family.say("amy", paid.format(n=dans.group(1)), private=True, language=lang)
    told_bob = office.said(await office.say("bob", earnings, private=True, language=lang))
    # 5% of the ¥75 line (his code) + 10% of the ¥40 line (his group): ¥3.75 + ¥4 = ¥7.75, not ¥5.75
    assert seen[3] in told_bob and "¥5.75" not in told_bob, told_bob


ALONE = {
    "zh": ("订单算在别的群、1 份", "Bob 的分享佣金 ¥3.75", "Bob 的帮卖佣金 ¥4"),
    "en": (
        "orders counted in another group, 1 unit in Office",
        "Bob's ¥3.75 sharer's commission",
        "Bob's ¥4 help-sell commission",
    ),
}


@pytest.mark.parametrize(("lang", "setup", "acts", "seen"), CASES)
async def test_a_room_holding_only_her_second_line_counts_no_order_and_each_line_is_named_by_its_role(
    lang: str, setup: tuple[str, ...], acts: tuple[str, ...], seen: tuple[str, ...]
) -> None:
    opening, rate, helpsell, listing, share = setup
    big, small, close, paid, _ = acts
    family = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    office = Chat(family.app, chat_id="office", title="Office")
    for said in (opening, rate, helpsell):
        await family.say("amy", said, language=lang)
    await office.say("bob", listing, language=lang)
    shared = family.shared(await family.say("bob", share, language=lang))
    found = re.search(r"(?:团)?\d+-[A-Z0-9]{4}\b", shared)
    assert found is not None
    await family.say("dan", f"+1 {found.group(0)} {big[3:]}", private=True, language=lang)
    await office.say("dan", small, language=lang)  # the office group's only line

    closed = await family.say("amy", close, language=lang)
    summary = "\n".join(r.text for r in closed if r.text and r.private_to == "amy")
    by_group, as_sharer, as_seller = ALONE[lang]
    assert by_group in summary, summary  # never "0 orders"
    confirmed = family.said(await family.say("amy", paid.format(n="1-1"), private=True, language=lang))
    assert as_sharer in confirmed and as_seller in confirmed, confirmed

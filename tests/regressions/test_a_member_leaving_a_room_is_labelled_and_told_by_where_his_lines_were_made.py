"""Review 56 #5 and #8. Lucy typed `+1` in the organiser's group and was then removed from it: the
organiser's `名单` labelled her line `私聊/分享码`, as if joined by a share code in private. Tom, paid and not
picked up in the group Bob help-sells, was removed from it: the organiser was told only of his open group
buys (not his order) and Bob, his help-seller, nothing. A line is now labelled by where it was made, and a
member leaving a room is told to the organiser with every order of his there not picked up yet, and to
his help-seller too."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

CASES = [
    (
        "zh",
        (
            "接龙 草莓 价格 40 成团 1 截止 2小时",
            "帮卖 开 10%",
            "帮卖 #1",
            "分享 #1",
            "+1",
            "截单 #1",
            "已收 {n}",
            "名单 #1",
        ),
        ("私聊/分享码", "订单 #{n}（已付款，未取货）", "在你帮卖的团里"),
    ),
    (
        "en",
        (
            "/groupbuy Berries price 40 target 1 ends 2h",
            "/helpsell on 10%",
            "/helpsell #1",
            "/share #1",
            "/join",
            "/close #1",
            "/paid {n}",
            "/list #1",
        ),
        (
            "private chat / share code",
            "order #{n} (paid, not picked up)",
            "They are on group buys you help-sell",
        ),
    ),
]


@pytest.mark.parametrize(("lang", "acts", "seen"), CASES)
async def test_a_leavers_line_keeps_its_room_and_his_unpicked_order_is_told_to_organiser_and_seller(
    lang: str, acts: tuple[str, ...], seen: tuple[str, ...]
) -> None:
    opening, helpsell, listing, share, join, close, paid, roster = acts
    private_label, unpicked, to_seller = seen
    family = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    office = Chat(family.app, chat_id="office", title="Office")
    await family.say("amy", opening, language=lang)
    await family.say("amy", helpsell, language=lang)
    await office.say("bob", listing, language=lang)
    code = re.search(
        r"(?:团)?\d+-[A-Z0-9]{4}\b", family.shared(await family.say("bob", share, language=lang))
    )
    assert code is not None
    await family.say("lucy", join, language=lang)  # in the group
    await family.say("dan", f"+1 {code.group(0)}", private=True, language=lang)  # by a share code
    await office.say("tom", join, language=lang)  # in Bob's group
    closed = await family.say("amy", close, private=True, language=lang)
    toms = re.search(r"#(1-\d)", "\n".join(r.text for r in closed if r.private_to == "tom"))
    assert toms is not None
    await family.say("amy", paid.format(n=toms.group(1)), private=True, language=lang)

    await family.app.left("test", family.chat_id, ["lucy"], tell=True)
    listed = family.said(await family.say("amy", roster, private=True, language=lang)).splitlines()
    [lucy] = [line for line in listed if "Lucy" in line]
    [dan] = [line for line in listed if "Dan" in line]
    assert private_label not in lucy and private_label in dan, listed

    told = await family.app.left("test", "office", ["tom"], tell=True)
    to_amy = "\n".join(r.text for r in told if r.private_to == "amy")
    to_bob = "\n".join(r.text for r in told if r.private_to == "bob")
    assert unpicked.format(n=toms.group(1)) in to_amy, told
    assert to_seller in to_bob and unpicked.format(n=toms.group(1)) in to_bob, told

"""Review 56 #3: `核销 9197` in the organiser's group mentioned Dan, who is not in it (she joined by Bob's
share code in private), and listed her line made in the office group where Bob help-sells. A group's
pickup answer now names and mentions only a member of that group (else the order by number), lists only
the order's lines made there, and the organiser reads the whole order privately."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

CASES = [
    (
        "zh",
        "接龙 草莓 规格 大盒:75,小盒:40 成团 1 截止 2小时",
        ("帮卖 开 10%", "帮卖 #1", "分享 #1", "+1 大盒", "+1 小盒", "截单", "已收 {n}", "核销 {c}"),
        ("（不在本群的买家）", "大盒 × 1", "小盒", "另有 1 份是在别的群跟的"),
    ),
    (
        "en",
        "/groupbuy Berries options big:75,small:40 target 1 ends 2h",
        (
            "/helpsell on 10%",
            "/helpsell #1",
            "/share #1",
            "+1 big",
            "+1 small",
            "/close",
            "/paid {n}",
            "/pickupcode {c}",
        ),
        ("(a buyer who is not in this group)", "big × 1", "small", "This order has 1 unit more"),
    ),
]


@pytest.mark.parametrize(("lang", "opening", "acts", "seen"), CASES)
async def test_a_rooms_pickup_answer_names_only_its_members_and_lists_only_its_lines(
    lang: str, opening: str, acts: tuple[str, ...], seen: tuple[str, ...]
) -> None:
    helpsell, listing, share, big, small, close, paid, pickup = acts
    not_here, big_line, small_word, rest = seen
    family = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    office = Chat(family.app, chat_id="office", title="Office")
    await family.say("amy", opening, language=lang)
    await family.say("amy", helpsell, language=lang)
    await office.say("bob", listing, language=lang)
    found = re.search(
        r"(?:团)?\d+-[A-Z0-9]{4}\b", family.shared(await family.say("bob", share, language=lang))
    )
    assert found is not None
    await family.say("cat", big, language=lang)
    await family.say("dan", f"+1 {found.group(0)} {big[3:]}", private=True, language=lang)  # not in family
    await office.say("dan", small, language=lang)  # her second line, made in the office group
    closed = await family.say("amy", close, language=lang)
    number = re.search(r"#(1-\d)", "\n".join(r.text for r in closed if r.private_to == "dan"))
    assert number is not None
    confirmed = await family.say("amy", paid.format(n=number.group(1)), private=True, language=lang)
    code = re.search(r"\b(\d{4,6})\b", "\n".join(r.text for r in confirmed if r.private_to == "dan"))
    assert code is not None, confirmed

    answered = await family.say("amy", pickup.format(c=code.group(1)), language=lang)
    [group] = [r for r in answered if r.text and not r.private_to and not r.is_card]
    assert "Dan" not in group.text and "dan" not in group.mention, group
    assert not_here in group.text and big_line in group.text and rest in group.text, group.text
    assert small_word not in group.text.replace(rest, ""), group.text
    whole = "\n".join(r.text for r in answered if r.private_to == "amy")
    assert "Dan" in whole and small_word in whole and big_line in whole, answered


@pytest.mark.parametrize(("lang", "opening", "acts", "seen"), CASES)
async def test_an_office_buyers_code_in_the_family_group_lists_only_her_line_made_there(
    lang: str, opening: str, acts: tuple[str, ...], seen: tuple[str, ...]
) -> None:
    helpsell, listing, _, big, small, close, paid, pickup = acts
    _, big_line, small_word, rest = seen
    family = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    office = Chat(family.app, chat_id="office", title="Office")
    await family.say("amy", opening, language=lang)
    await family.say("amy", helpsell, language=lang)
    await office.say("bob", listing, language=lang)
    await office.say("eve", small, language=lang)  # her first line: her order is the office group's
    await family.say("eve", big, language=lang)  # her second, made in the family group
    closed = await family.say("amy", close, language=lang)
    number = re.search(r"#(1-\d)", "\n".join(r.text for r in closed if r.private_to == "eve"))
    assert number is not None
    confirmed = await family.say("amy", paid.format(n=number.group(1)), private=True, language=lang)
    code = re.search(r"\b(\d{4,6})\b", "\n".join(r.text for r in confirmed if r.private_to == "eve"))
    assert code is not None, confirmed

    answered = await family.say("amy", pickup.format(c=code.group(1)), language=lang)
    [group] = [r for r in answered if r.text and not r.private_to and not r.is_card]
    assert "Eve" not in group.text and not group.mention, group  # another group's buyer: by number
    assert big_line in group.text and rest in group.text, group.text
    assert small_word not in group.text.replace(rest, ""), group.text
    whole = "\n".join(r.text for r in answered if r.private_to == "amy")
    assert "Eve" in whole and small_word in whole, answered

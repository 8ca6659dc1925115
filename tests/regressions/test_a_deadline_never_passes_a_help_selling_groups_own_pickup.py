"""s28 review: `修改 #1 截止 …` (en `/edit #1 ends …`, the console's edit) moved the deadline past the
pickup time a help-selling group set of its own (`自提 #1 …` there) unrefused, so nobody in that group
could collect before the close. It is now refused in one line naming the group and its pickup time and
what to do (move that group's pickup first, or an earlier deadline); nothing changes."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.bot.console.console_client import console_world, field_errors, post_form
from tests.unit.handlers.conftest import Chat


async def _listed(english: bool = False) -> tuple[Chat, Chat]:
    """Amy's 苹果 #1 (her pickup the day after tomorrow), Sue's 二号群 with its own tomorrow 17:00."""
    family, qun2 = two_groups("qun2", "二号群", factory=FakeUnitOfWorkFactory(), clock=FakeClock())
    if english:
        family.admins = {"amy"}
        await family.say("amy", "/lang en")
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "自提 北门 后天下午6点")
    await family.say("amy", "帮卖 开 10%")
    await qun2.say("sue", "帮卖 #1")
    await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点")
    return family, qun2


async def test_a_deadline_past_a_groups_own_pickup_is_refused_in_chinese() -> None:
    family, _ = await _listed(english=False)
    card = await family.card(1)

    said = family.said(await family.say("amy", "修改 #1 截止 明天晚上7点"))

    assert said == (
        "苹果（#1）在「二号群」的自提是 11月24日 周二 17:00，"
        "截止时间 11月24日 周二 19:00 会晚于它，没有任何改动。"
        "请先把那个群的自提改晚（在「二号群」发 自提 #1 2号楼大堂 · 11月25日 周三 17:00），"
        "或者把截止改在 11月24日 周二 17:00 之前。"
    ), said
    assert await family.card(1) == card  # nothing changed


async def test_a_deadline_past_a_groups_own_pickup_is_refused_in_english() -> None:
    family, _ = await _listed(english=True)
    card = await family.card(1)

    said = family.said(await family.say("amy", "/edit #1 ends tomorrow 7pm"))

    assert said == (
        "苹果 (#1) is picked up Tue 24 Nov 17:00 in “二号群”: a deadline of Tue 24 Nov 19:00 would come"
        " after it, so nothing was changed. First move that group's pickup later (in “二号群”, send"
        " /pickup #1 2号楼大堂 · Wed 25 Nov 17:00), or set a deadline before Tue 24 Nov 17:00."
    ), said
    assert await family.card(1) == card  # nothing changed


async def test_a_deadline_before_the_groups_own_pickup_is_still_moved() -> None:
    family, _ = await _listed(english=False)

    replies = await family.say("amy", "修改 #1 截止 明天下午4点")

    said = [r.text for r in replies if r.text and not r.private_to]
    assert said[0] == (
        "已修改 苹果（#1）：截止 11月24日 周二 16:00（原 11月24日 周二 12:00）。也已告诉 二号群。"
    ), said


async def test_a_deadline_moved_with_that_groups_new_pickup_in_one_message_there_is_taken() -> None:
    _, qun2 = await _listed()

    replies = await qun2.say("amy", "修改 #1 截止 明天晚上7点 自提 2号楼大堂 后天下午5点")

    said = [r.text for r in replies if r.text and not r.private_to and r.chat_id in (None, "qun2")]
    assert "没有任何改动" not in said[0], said
    assert "11月24日 周二 19:00" in said[0] and "2号楼大堂 · 11月25日 周三 17:00" in said[0], said


async def _console_form(client: Any, gid: int) -> dict[str, str]:
    page = (await client.get(f"/group-buys/{gid}/edit")).text
    form = {name: html.unescape(value) for name, value in re.findall(r'name="(\w+)" value="([^"]*)"', page)}
    form.pop("csrf")
    return form


async def test_the_consoles_edit_refuses_it_unless_the_form_moves_that_pickup_too(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "接龙 苹果 价格 20 成团 1")
        gid = int(next(r.card_of for r in replies if r.card_of))
        await world.say("family", "amy", "自提 北门 后天下午6点")
        await world.say("family", "amy", "帮卖 开 10%")
        await world.say("qun2", "sue", f"帮卖 #{gid}")
        await world.say("qun2", "sue", f"自提 #{gid} 2号楼大堂 明天下午5点")
        client = await world.admin()
        form = await _console_form(client, gid)
        [group] = [name for name in form if name.startswith("pickup_listing_")]

        late = await post_form(client, f"/group-buys/{gid}/edit", {**form, "deadline": "2026-11-24 19:00"})

        assert late.status_code == 422, late.text
        said = " ".join(field_errors(late.text).values())
        assert said.startswith("苹果 (#1) is picked up Tue 24 Nov 17:00 in “Qun2 Group”: a deadline "), said
        assert said.endswith(", or set the Deadline before it, e.g. 2026-11-24 16:00."), said
        assert (await _console_form(client, gid))["deadline"] == form["deadline"]  # nothing changed

        both = {**form, "deadline": "2026-11-24 19:00", group: "2号楼大堂 11月25日 17:00"}
        moved = await post_form(client, f"/group-buys/{gid}/edit", both)

        assert moved.status_code == 303, moved.text
        now = await _console_form(client, gid)
        assert now["deadline"] == "2026-11-24 19:00", now
        assert now[group].startswith("2号楼大堂 · "), now

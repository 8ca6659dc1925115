"""The audit log showed a console Stop posting notes as its raw subject, `member:playground:bob@chat:
family`, while orders, payouts and notes read as words (`订单 #3-2`, `提现 #2`): it now names the member
(linked to her page) and the group by its title, `Bob（群「Family Group」）` / `Bob in “Family Group”`,
the stored subject in the tooltip, and the subject as stored still filters it."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop


async def test_the_audit_log_names_a_stopped_member_and_her_group(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)
        admin = await world.admin()
        response = await post_form(
            admin, "/members/playground:bob/mute", {"chat": "family", "why": "adverts"}
        )
        assert response.status_code == 303

        page = (await admin.get("/audit")).text
        link = '<a href="/members/playground:bob">Bob</a>'
        assert f'<span title="member:playground:bob@chat:family">{link} in “Family Group”</span>' in page
        assert ">member:playground:bob@chat:family<" not in page

        admin.cookies.set("lang", "zh")
        page = (await admin.get("/audit", params={"about": "member:playground:bob@chat:family"})).text
        assert f"{link}（群「Family Group」）</span>" in page

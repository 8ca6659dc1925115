"""Review: a payout rejection's reason over 200 characters was silently cut and the payout rejected,
while the README says a bad field is answered next to it with what was typed kept. It is refused there
now, the reason kept in the field, the payout left open, nothing told to the member."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop


async def test_a_reason_over_200_characters_is_refused_and_the_payout_stays_open(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)
        replies = await world.say("bob", "bob", "/payout wechat w8", private=True)
        assert replies[0].text.startswith("Payout #1 of ¥10 requested."), replies[0].text
        admin = await world.admin()
        before = len(await world.outbox_rows())
        reason = "wrong account " * 15 + "end"  # 213 characters
        answer = await post_form(admin, "/payouts/1/reject", {"reason": reason})
        assert answer.status_code == 422
        assert (
            'id="reason-1-error" class="field-error">A reason has at most 200 characters. '
            "Nothing was changed.</p>" in answer.text
        )
        assert f'value="{reason}"' in answer.text  # as typed, nothing cut
        assert len(await world.outbox_rows()) == before and await world.audit_rows() == []
        page = (await admin.get("/payouts")).text
        assert 'action="/payouts/1/approve"' in page  # still requested: open
        done = await post_form(admin, "/payouts/1/reject", {"reason": "wrong account"})
        assert done.status_code == 303

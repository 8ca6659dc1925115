"""Review 57 #10: the payout Reject reason had no maxlength (the refund reason's is 200); a 422 page
once repeated an earlier, unrelated flash ("提现 #3（Bob）已经付款，不能再更改"); a token label of 100
characters was answered "At most 64 characters." without saying no token was made; console English
mixed "Nothing changed." and "Nothing was changed."."""

from __future__ import annotations

import html
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop


async def test_console_forms_small_gaps_are_closed(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        root = await world.admin()
        page = (await root.get("/payouts")).text
        assert 'name="reason" id="reason-1" maxlength="200"' in page

        approved = await post_form(root, "/payouts/1/approve", {"seen": "requested"})
        assert approved.status_code == 303  # its flash waits for the next page, not followed here
        refused = await post_form(root, "/payouts/1/reject", {"reason": "x" * 300})
        assert refused.status_code == 422
        assert 'class="flash' not in refused.text  # the approval's message is not this page's
        assert "A reason has at most 200 characters." in html.unescape(refused.text)

        label = await post_form(root, "/tokens", {"label": "x" * 100})
        assert label.status_code == 422
        said = "A label is at most 64 characters: make it shorter. No token was made."
        assert f'class="field-error">{said}</p>' in label.text

        await post_form(root, "/members/playground:eve/mute", {"chat": "work", "why": "ads"})
        twice = await post_form(root, "/members/playground:eve/mute", {"chat": "work", "why": "ads"})
        assert twice.status_code == 303  # said on her profile (s41-console2), no longer a 422 form
        said = html.unescape((await root.get(twice.headers["location"])).text)
        assert "Eve already may not post notes in this chat. Nothing was changed." in said, said

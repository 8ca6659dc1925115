"""Review 32: a payout or note acted on from a page opened before a colleague's decision overrode it
(eva approved payout #1, dan's older page rejected it: Gia told both; a note hidden, restored, hidden
again: its author told three times). The page now says what the colleague did, in the edit form's
words, and nothing is done, nobody told again."""

from __future__ import annotations

import html
import json
from pathlib import Path

import httpx
import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form
from tests.unit.bot.console.people_shop import flag, open_shop

SINCE = " by someone else since you opened this page; look and act again (nothing was changed)."


async def _page_text(client: httpx.AsyncClient, path: str) -> str:
    return html.unescape((await client.get(path)).text)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("zh", "你打开这页后，这一项（提现 #1）已被改成「已批准」；看过后再操作（没有任何改动）。"),
        ("en", "Payout #1 was changed to “Approved”" + SINCE),
    ],
)  # fmt: skip
async def test_a_payout_decided_meanwhile_is_not_decided_again(tmp_path: Path, lang: str, said: str) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        eva, dan = await world.admin("eva"), await world.admin("dan")
        dan.cookies.set("lang", lang)
        assert (await post_form(eva, "/payouts/1/approve", {"seen": "requested"})).status_code == 303
        before = len(await world.outbox_rows())
        # dan's page still showed it as requested: his Reject is refused (his Approve: approved already,
        # test_a_form_sent_twice_is_saved_already_not_a_clash)
        response = await post_form(dan, "/payouts/1/reject", {"seen": "requested", "reason": "no"})
        assert response.status_code == 303
        page = await _page_text(dan, "/payouts")
        assert said in page, page
        assert len(await world.outbox_rows()) == before  # Bob told nothing more
        assert [e["action"] for e in await world.audit_rows()] == ["payout.approve"]
        # from a fresh page (seen approved) it goes on
        assert (await post_form(dan, "/payouts/1/pay", {"seen": "approved"})).status_code == 303
        assert [e["action"] for e in await world.audit_rows()] == ["payout.approve", "payout.pay"]


async def _note_told(world: ConsoleWorld, since: int) -> list[str]:
    rows = (await world.outbox_rows())[since:]
    return [json.loads(str(row["payload"]))["reply"].get("text", "") for row in rows]


@pytest.mark.parametrize(
    ("lang", "hidden", "already_hidden", "already_shown"),
    [
        ("zh", "你打开这页后，这一项（笔记 #{n}）已被隐藏；看过后再操作（没有任何改动）。",
         "笔记 #{n} 已经隐藏了，没有任何改动。要恢复，请在“已隐藏的笔记”里点“恢复”。",
         "笔记 #{n} 已经恢复显示了，和你要做的一样，不用再操作（没有任何改动）。"),
        ("en", "Note #{n} was hidden" + SINCE,
         "Note #{n} is hidden already; nothing was changed. To show it again: Restore, under Hidden notes.",
         "Note #{n} is shown again already, as you asked; nothing more to do (nothing was changed)."),
    ],
)  # fmt: skip
async def test_a_note_decided_meanwhile_is_not_decided_again(
    tmp_path: Path, lang: str, hidden: str, already_hidden: str, already_shown: str
) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)
        n = shop.bob_note
        await flag(world, n, "family")
        eva, dan = await world.admin("eva"), await world.admin("dan")
        dan.cookies.set("lang", lang)
        hide = {"note": str(n), "why": "ad", "seen": "flagged"}
        assert (await post_form(eva, "/moderation/hide", hide)).status_code == 303
        before = len(await world.outbox_rows())
        # dan's queue page still showed it flagged: his 隐藏 finds it hidden as he asked, his 保留 is refused
        assert (await post_form(dan, "/moderation/hide", hide)).status_code == 303
        assert already_hidden.format(n=n) in await _page_text(dan, "/moderation")
        restore = f"/moderation/notes/{n}/restore"
        assert (await post_form(dan, restore, {"seen": "flagged"})).status_code == 303
        assert hidden.format(n=n) in await _page_text(dan, "/moderation")
        assert await _note_told(world, before) == []
        # eva restores it; dan's page listing it hidden cannot restore it again, nor hide it from the queue
        assert (await post_form(eva, restore, {"seen": "hidden"})).status_code == 303
        before = len(await world.outbox_rows())
        assert (await post_form(dan, restore, {"seen": "hidden"})).status_code == 303
        assert already_shown.format(n=n) in await _page_text(dan, "/moderation")
        assert await _note_told(world, before) == []
        assert [e["action"] for e in await world.audit_rows()] == ["note.hide", "note.restore"]

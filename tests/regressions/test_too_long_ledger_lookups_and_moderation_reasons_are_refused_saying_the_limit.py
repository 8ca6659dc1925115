"""Session 41's closing note (review 101): the console's `/ledger` cut a typed order number or member at 64
characters and looked up what was left, and the chat's `/mute @name: reason` and `/hide 3 reason` cut a
reason at 200 characters (`…`), all without a word. Each is now refused saying the limit, nothing changed."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.bot.console.console_client import console_world
from tests.unit.handlers.conftest import fake_chat


def _said(page: str, field: str) -> str:
    found = re.search(rf'<span id="{field}-error" class="field-error">([^<]*)</span>', page)
    assert found, page
    return html.unescape(found.group(1))


async def test_a_too_long_ledger_lookup_is_refused_saying_the_limit(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.mangoes_paid()
        admin = await world.admin()
        order = await admin.get("/ledger", params={"order": "1-1" + " " * 70 + "x"})
        assert order.status_code == 422
        assert _said(order.text, "order") == (
            "An order number is at most 64 characters and yours is longer, so nothing is listed: write it as "
            "12-3."
        )
        member = await admin.get("/ledger", params={"member": "Bob" * 30})
        assert member.status_code == 422
        assert _said(member.text, "member") == (
            "A member's name or id is at most 64 characters and yours is longer, so nothing is listed: write "
            "the name, or the id the member page shows (e.g. telegram:123)."
        )
        admin.cookies.set("lang", "zh")
        zh = await admin.get("/ledger", params={"order": "1" * 65})
        assert (
            _said(zh.text, "order")
            == "订单号最多 64 个字，你填的更长，所以没有列出记录：订单号写成 12-3 这样。"
        )


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        (
            "en",
            "/mute @Bob: " + "x" * 201,
            "A mute's reason is at most 200 characters; this one has 201. Nothing was changed: write it "
            "shorter, e.g. /mute @name: ads",
        ),
        (
            "zh",
            "禁言 @Bob：" + "发" * 250,
            "禁言原因最多 200 个字，这条有 250 个，没有任何改动。请写短一点，例如 禁言 @名字：发广告",
        ),
        (
            "en",
            "/hide 1 " + "y" * 205,
            "A hide's reason is at most 200 characters; this one has 205. Nothing was changed: write it "
            "shorter, e.g. /hide 1 advertising",
        ),
    ],
)
async def test_a_too_long_moderation_reason_is_refused_saying_the_limit(
    lang: str, typed: str, said: str
) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language=lang)
    chat.admins = {"boss"}
    await chat.say("boss", "/help")
    await chat.say("bob", "/note Sweet mangoes, thin skin")
    assert chat.said(await chat.say("boss", typed)) == said
    assert factory.state.moderation.mutes == {}  # nothing changed: nobody muted, no note hidden
    assert not any(flag.hidden for flag in factory.state.moderation.flags.values())

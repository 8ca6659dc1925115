"""rep84 #1: `只收到 1-1 50`, `退款 1-1 ¥20`, `退款 1-1`, `取消订单 1-1`: each refund was told, then
nothing said it: 名单's 已退款 and the export left Dan's ¥50 out, his `钱退了吗` heard only that he had
nothing to pay, and his `我要退款 1-1` was told the order was never paid. The money given back is now
kept with the order's payments as a refund is, so each of them says it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world
from tests.unit.handlers.conftest import Chat, fake_chat

SETUP = {
    "zh": ("接龙 粽子 20", "+3", "截单", ("只收到 1-1 50", "退款 1-1 ¥20", "退款 1-1", "取消订单 1-1")),
    "en": ("/groupbuy Dumplings 20", "+3", "/close", ("/paid 1-1 50 only", "/refund 1-1 ¥20", "/refund 1-1",
                                                     "/cancel 1-1")),
}  # fmt: skip


async def _refunded_and_cancelled(lang: str) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opened, joined, closed, money = SETUP[lang]
    await room.say("amy", opened)
    await room.say("dan", joined)
    await room.say("amy", closed)
    for typed in money:
        await room.say("amy", typed, private=True)
    return room


ROSTER = {
    "zh": ("名单 #1", "💰 已收 ¥0 · 待收 ¥0 · 已退款 ¥50"),
    "en": ("/list #1", "💰 Collected ¥0 · outstanding ¥0 · refunded ¥50"),
}
ASKED = {
    "zh": ("钱退了吗", "订单 #1-1 之前收到的 ¥50 已退回，Amy 会直接退给你；没收到请联系 Amy。"),
    "en": ("did I get my refund?", "Order #1-1: the ¥50 received was refunded; Amy gives it back to you "
           "directly. If you haven't received it, contact Amy."),
}  # fmt: skip
REQUEST = {
    "zh": ("我要退款 1-1 不要了", "订单 #1-1 之前收到的 ¥50 已经退给你了，现在没有钱要退，没有转给团长。"
           "没收到请联系团长 Amy。"),
    "en": ("/refund 1-1 changed my mind", "Order #1-1: the ¥50 received was refunded to you already, so "
           "there is nothing left to refund. Nothing was passed on to the organiser. If you haven't "
           "received it, contact the organiser, Amy."),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_roster_and_the_export_say_the_money_given_back(lang: str) -> None:
    room = await _refunded_and_cancelled(lang)
    typed, refunded = ROSTER[lang]
    assert refunded in room.said(await room.say("amy", typed, private=True))
    export = await room.say("amy", "导出 #1" if lang == "zh" else "/export #1", private=True)
    notes = export[0].document.sheets[0].notes if export[0].document else ()
    assert any(refunded in note for note in notes)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_buyer_hears_his_money_was_given_back(lang: str) -> None:
    room = await _refunded_and_cancelled(lang)
    typed, said = ASKED[lang]
    assert said in room.said(await room.say("dan", typed, private=True))
    typed, said = REQUEST[lang]
    replies = await room.say("dan", typed, private=True)
    assert room.said(replies) == said
    assert room.private(replies) == {}  # nothing passed on to Amy


async def test_stored_the_money_given_back_is_kept(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Lychees", target=1)
        await world.say("family", "dan", "+3")  # ¥30
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", f"/paid {gid}-1 20 only", private=True)
        await world.say("family", "amy", f"/refund {gid}-1 ¥5", private=True)
        again = await world.say("family", "amy", f"/refund {gid}-1", private=True)
        assert "¥15" in again[0].text, again

        roster = await world.say("family", "amy", f"/list #{gid}", private=True)
        assert "refunded ¥20" in roster[0].text, roster[0].text
        asked = await world.say("family", "dan", "did I get my refund?", private=True)
        said = " ".join(reply.text for reply in asked)
        assert f"Order #{gid}-1: the ¥20 received was refunded" in said, said

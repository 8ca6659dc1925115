"""Review 101 #9: ticking four orders and pressing 退款所选订单 asked `退款（2 个订单）` listing two, saying
nothing of the other two (a group buy still open: no order yet; one refunded already); after the confirm,
the open one was answered in a buyer's words (`截单后会告诉你应付多少`) to the admin. Now the question says
which ticked orders will not be refunded and why, and the answer speaks to the admin."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

SAID = {
    "zh": ("勾选的这些订单不会退款：",
           "#{open}-1：没有这个订单（还在接龙的团截单后才有订单）",
           "#{gid}-2：已经退过款了",
           "团购 #{open}（Plums）还没截单，所以还没有订单 #{open}-1，没有任何改动。订单在截单时生成。"),
    "en": ("These ticked orders will not be refunded:",
           "#{open}-1: no such order (a group buy still open has no orders until it closes)",
           "#{gid}-2: refunded already",
           "Group buy #{open} (Plums) has not closed yet, so there is no order #{open}-1 yet: nothing was "
           "changed. Its orders are made when it closes."),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_question_names_the_orders_left_out(tmp_path: Path, lang: str) -> None:
    head, not_yet, refunded, answer = SAID[lang]
    async with console_world(tmp_path) as world:
        gid = await world.mangoes_paid()
        opened = await world.open_group_buy("family", "amy", "Plums", target=5)
        await world.say("family", "bob", f"+1 #{opened}")
        admin = await world.admin()
        admin.cookies.set("lang", lang)
        done = await post_form(admin, "/orders/refund", {"order": f"{gid}-2", "confirm": "yes"})
        assert done.status_code == 303

        picks = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on", f"pick_{opened}-1": "on"}
        asked = await post_form(admin, "/orders/refund", picks)
        page = html.unescape(asked.text)
        assert head in page
        assert not_yet.format(open=opened) in page and refunded.format(gid=gid) in page
        assert f"#{gid}-1：" not in page and f"#{gid}-1:" not in page  # the one it refunds is not left out

        confirmed = await post_form(admin, "/orders/refund", {**picks, "confirm": "yes"})
        assert confirmed.status_code == 303
        told = html.unescape((await admin.get("/orders")).text)
        assert answer.format(open=opened) in told
        assert "截单后会告诉你" not in told and "you will be told" not in told

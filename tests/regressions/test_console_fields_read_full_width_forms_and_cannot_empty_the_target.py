"""Review 32: the console's Tiers refused the Chinese keyboard's colon the chat takes (`5：10` → 422
"请写成 数量:价格"); an emptied Target was not said to be required as an emptied Price is; the audit
logged `target=１` as `{"target": "2"} → {"target": ""}`, and a pickup check by `＃１` as `group_buy:１`.
Tiers now read `5：10`, an emptied Target says "这一栏不能清空", and the audit holds the real values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form

EMPTIED = {
    "zh": "这一栏不能清空",
    "en": "This field cannot be emptied",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_full_width_tiers_and_target(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Rice", target=2)
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        form = await form_of(amy, f"/group-buys/{gid}/edit")
        emptied = await post_form(amy, f"/group-buys/{gid}/edit", {**form, "target": ""})
        assert emptied.status_code == 422
        assert field_errors(emptied.text)["target"].startswith(EMPTIED[lang])
        tiers = await post_form(amy, f"/group-buys/{gid}/edit", {**form, "tiers": "5：9，10：8"})
        assert tiers.status_code == 303, field_errors(tiers.text)
        page = await form_of(amy, f"/group-buys/{gid}/edit")
        assert page["tiers"] == "5:9.00,10:8.00"
        form = await form_of(amy, f"/group-buys/{gid}/edit")
        one = await post_form(amy, f"/group-buys/{gid}/edit", {**form, "target": "１"})
        assert one.status_code == 303, field_errors(one.text)
        entries = [e for e in await world.audit_rows() if e["action"] == "group_buy.edit"]
        assert [(json.loads(e["before"]), json.loads(e["after"])) for e in entries] == [
            ({"tiers": ""}, {"tiers": "5:9.00,10:8.00"}),
            ({"target": "2"}, {"target": "1"}),
        ]


async def test_a_pickup_check_by_a_full_width_number_is_audited_in_digits(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Rice", target=1)
        await world.say("family", "bob", "+1")
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", f"/paid {gid}-1")
        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(gid)
        admin = await world.admin()
        typed = "＃" + chr(0xFF10 + gid)  # `＃１`
        response = await post_form(admin, "/pickup", {"code": order.pickup_code, "group_buy": typed})
        assert response.status_code == 200, response.text
        [entry] = await world.audit_rows()
        assert entry["subject"] == f"pickup_code:{order.pickup_code}@group_buy:{gid}"

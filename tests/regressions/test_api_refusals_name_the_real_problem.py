"""Review 57 #5: the API's pickup call answered a missing `chat_id` and a 500-character `place` with
"the value of "chat_id" cannot be used"; another organiser's group buy without `chat_id` was 422, not the
README's 404; `Authorization: Token <valid>` was "no token"; `?status=` (empty) was refused, though the
console's empty status is All; `/orders/abc/paid` was 404; undoing a part-refunded payment said to send
`/refund 1-1`, a chat command. Each now names the real problem, in the caller's language."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.api_client import api, order_id, token_for
from tests.unit.bot.console.console_client import console_world


async def test_api_refusals_name_the_real_problem(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        for buyer in ("bob", "cat"):
            await world.say("family", buyer, "+1")
        await world.say("family", "amy", "帮卖 开 10%")
        await world.say("qun2", "sue", f"帮卖 #{gid}")
        await world.say("family", "amy", "/close")
        await world.open_group_buy("other", "dan", "Durian", target=1)
        amy_token = await token_for(world, member="playground:amy")
        amy, dan = api(world, amy_token), api(world, await token_for(world, member="playground:dan"))
        before = len(await world.outbox_rows())
        pickup = f"/api/v1/group-buys/{gid}/pickup"

        missing = await amy.post(pickup, json={"place": ""})
        assert missing.status_code == 422
        assert missing.json()["message"] == 'Bad input, nothing was changed: "chat_id" is required'
        long = await amy.post(pickup, json={"chat_id": "qun2", "place": "x" * 500})
        assert long.status_code == 422
        assert long.json()["message"] == 'Bad input, nothing was changed: "place" is at most 100 characters'
        zh = await amy.post(pickup, json={"place": "x" * 500}, headers={"accept-language": "zh"})
        assert zh.json()["message"] == "输入有误，什么都没有改动：「chat_id」是必填的; 「place」最多 100 个字"
        others = await dan.post(pickup, json={"place": "Gate"})
        assert others.status_code == 404 and others.json() == {"error": "not_found", "message": "Not found."}

        scheme = world.browser()
        scheme.headers["authorization"] = f"Token {amy_token}"
        wrong = await scheme.get("/api/v1/group-buys")
        assert wrong.status_code == 401
        assert (
            wrong.json()["message"]
            == 'The token was sent as "Token": send it as Authorization: Bearer <token>.'
        )

        every = await amy.get(f"/api/v1/group-buys/{gid}/orders", params={"status": ""})
        assert every.status_code == 200, every.text
        assert [o["buyer_name"] for o in every.json()["orders"]] == ["Bob", "Cat"]

        word = await amy.post("/api/v1/orders/abc/paid")
        assert word.status_code == 422
        assert word.json()["message"] == (
            "Bad input, nothing was changed: "
            '"abc" is not a number: order_id is a whole number, the "id" the API lists'
        )
        assert len(await world.outbox_rows()) == before and await world.audit_rows() == []

        bob = await order_id(world, gid, 1)
        assert (await amy.post(f"/api/v1/orders/{bob}/paid")).status_code == 200
        said = await world.say("family", "amy", f"/refund {gid}-1 5")
        assert any("¥5" in r.text for r in said), [r.text for r in said]  # privately to her (s30)
        undo = await amy.post(f"/api/v1/orders/{bob}/unpaid")
        assert undo.status_code == 422
        assert undo.json()["message"] == (
            f"Order #{gid}-1 was refunded in part (¥5 refunded), so its payment can no longer be undone: "
            "nothing was changed. To refund the rest, use the order's Refund on the console's Orders page."
        )
        await world.say("family", "amy", f"/cancel {gid}-2")  # Cat's, unpaid
        cancelled = await amy.post(f"/api/v1/orders/{await order_id(world, gid, 2)}/paid")
        assert cancelled.status_code == 422, cancelled.text
        assert cancelled.json()["message"] == (
            f"Order #{gid}-2 was cancelled. To take this payment, restore it first (Restore on the console's "
            "Orders page), then mark it paid. Nothing was changed."
        )
        zh_undo = await amy.post(f"/api/v1/orders/{bob}/unpaid", headers={"accept-language": "zh"})
        assert (
            "退款 " not in zh_undo.json()["message"]
            and "在后台「订单」页点这单的“退款”" in zh_undo.json()["message"]
        )

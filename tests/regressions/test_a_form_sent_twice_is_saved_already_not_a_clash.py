"""Review 42: the console's edit form saved twice (`price=78`) answered the second with 422 "你打开这页后，
这一项已被改成「78.00」；看过后再保存", blaming someone else for the admin's own save; a doubled payout
Approve said "…已被改成「已批准」". When what is stored is what was sent, the page now says it is saved
already, no change needed (not a clash); a real clash is still one. The order-cancel page shown again
for a reason too long reads the order as it is now: paid meanwhile, it is refused as Cancel would be."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, form_of, post_form
from tests.unit.bot.console.people_shop import open_shop

SAID = {
    "zh": {
        "saved": "已经保存过了：价格「78.00」，和你提交的一样，不用再改（没有任何改动）。",
        "clash": "你打开这页后，这一项已被改成「70.00」；看过后再保存（没有任何改动）。",
        "approved": "提现 #1 已经是「已批准」了，和你要做的一样，不用再操作（没有任何改动）。",
        "paid": "订单 #{order} 已付款，不能取消，没有任何改动。",
    },
    "en": {
        "saved": "Saved already: Price “78.00”, as you sent it; no change needed (nothing was changed).",
        "clash": "Changed to “70.00” by someone else since you opened this page",
        "approved": "Payout #1 is “Approved” already, as you asked; nothing more to do "
        "(nothing was changed).",
        "paid": "Order #{order} is paid, so it cannot be cancelled: nothing was changed.",
    },
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_edit_saved_twice_says_saved_already(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=5)  # ¥10
        root = await world.admin()
        root.cookies.set("lang", lang)
        form = await form_of(root, f"/group-buys/{gid}/edit") | {"price": "78"}  # nobody joined: any price
        assert (await post_form(root, f"/group-buys/{gid}/edit", form)).status_code == 303
        edits = len([e for e in await world.audit_rows() if e["action"] == "group_buy.edit"])
        again = await post_form(root, f"/group-buys/{gid}/edit", form)  # the same form once more
        assert again.status_code == 303, html.unescape(again.text)
        page = html.unescape((await root.get(again.headers["location"])).text)
        assert SAID[lang]["saved"] in page and "flash error" not in page, page
        assert len([e for e in await world.audit_rows() if e["action"] == "group_buy.edit"]) == edits
        await world.say("family", "amy", f"/edit #{gid} price 70")  # someone else's change meanwhile
        clash = await post_form(root, f"/group-buys/{gid}/edit", form | {"price": "60"})  # a real clash
        assert clash.status_code == 422 and SAID[lang]["clash"] in html.unescape(clash.text)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_approve_sent_twice_says_approved_already(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        dan = await world.admin("dan")
        dan.cookies.set("lang", lang)
        assert (await post_form(dan, "/payouts/1/approve", {"seen": "requested"})).status_code == 303
        await dan.get("/payouts")  # its flash read
        before = len(await world.outbox_rows())
        again = await post_form(dan, "/payouts/1/approve", {"seen": "requested"})  # a double click
        page = html.unescape((await dan.get(again.headers["location"])).text)
        assert SAID[lang]["approved"] in page and "flash error" not in page, page
        assert len(await world.outbox_rows()) == before
        assert [e["action"] for e in await world.audit_rows()] == ["payout.approve"]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_cancel_page_shown_again_reads_the_order_as_it_is(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "hal", "+1")
        await world.say("family", "amy", "/close")
        order = f"{gid}-1"
        root = await world.admin()
        root.cookies.set("lang", lang)
        asked = html.unescape((await root.get(f"/orders/cancel?order={order}")).text)
        assert 'maxlength="200"' in asked
        await world.say("family", "amy", f"/paid {order}")  # paid meanwhile
        long_reason = {"order": order, "confirm": "yes", "reason": "x" * 201}
        sent = await post_form(root, "/orders/cancel", long_reason)
        assert sent.status_code == 303
        page = html.unescape((await root.get(sent.headers["location"])).text)
        assert SAID[lang]["paid"].format(order=order) in page, page
        assert not any(e["action"] == "order.cancel" for e in await world.audit_rows())

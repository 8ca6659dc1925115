"""Review 101 #11: wrong ids read back inconsistently: the ledger's `没有这个订单` never said what was
typed, and `/ledger?order=1-1&member=bob` ignored the member without a word; the pickup check told an
admin `没有这个团（或不是你的）`; a mute in a chat the member is not in did not say nothing changed, and a
mute sent twice was a 422. Now each says what was typed and that nothing was listed or changed, an
admin is never told "yours", and a repeat mute is answered as done, not as an error."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

SAID = {
    "zh": {
        "ledger": "没有订单“{typed}”，所以没有列出记录：订单号写成 12-3 这样。",
        "both": "订单和成员请只填一项（不能同时按两项查），所以没有列出记录：请清空其中一项。",
        "pickup": "团号只填数字，例如 12。",  # s41-console said it first (rep98 #9): merged
        "chat": "请选这里列出的该成员所在的群，没有任何改动。",
        "twice": "Sam 已经不能在这个群发笔记了，没有任何改动。",
    },
    "en": {
        "ledger": "There is no order “{typed}”, so nothing is listed: write its number as 12-3.",
        "both": "Look up an order or a member, not both at once: empty one of the two fields. "
        "Nothing is listed.",
        "pickup": "A group buy's number is digits only, e.g. 12.",
        "chat": "Choose one of the member's chats listed here. Nothing was changed.",
        "twice": "Sam already may not post notes in this chat. Nothing was changed.",
    },
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_wrong_ids_are_said_back(tmp_path: Path, lang: str) -> None:
    said = SAID[lang]
    async with console_world(tmp_path) as world:
        gid = await world.mangoes_paid()
        await world.say("family", "sam", "/note sweet mangoes, big")
        admin = await world.admin()
        admin.cookies.set("lang", lang)

        for typed in ("abc", "-1", "99-1"):
            page = await admin.get("/ledger", params={"order": typed})
            assert page.status_code == 422
            assert said["ledger"].format(typed=typed) in html.unescape(page.text)
        both = await admin.get("/ledger", params={"order": f"{gid}-1", "member": "bob"})
        assert both.status_code == 422 and said["both"] in html.unescape(both.text)
        assert "<tbody>" not in both.text

        checked = await post_form(admin, "/pickup", {"code": "1234", "group_buy": "abc"})
        assert checked.status_code == 422
        text = html.unescape(checked.text)
        assert said["pickup"] in text and "yours" not in text and "你的" not in text

        mute = "/members/playground:sam/mute"
        nowhere = await post_form(admin, mute, {"chat": "nochat", "why": ""})
        assert nowhere.status_code == 422 and said["chat"] in html.unescape(nowhere.text)
        assert (await post_form(admin, mute, {"chat": "family", "why": "ads"})).status_code == 303
        again = await post_form(admin, mute, {"chat": "family", "why": "ads"})
        assert again.status_code == 303
        assert said["twice"] in html.unescape((await admin.get("/members/playground:sam")).text)

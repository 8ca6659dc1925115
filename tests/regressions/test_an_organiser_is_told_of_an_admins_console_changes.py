"""Review 32: a console admin's edit, cancel and copy of an organiser's group buy, and a group buy opened
in her name, were never told to her (the group read "已修改 大米（#3）：价格 ¥12.50" as if she did it).
She is now told privately, as of an admin's close or refund, naming the admin by the console login:
what changed, old → new; a cancel with its reason (the console's cancel forms take an optional reason,
passed on to the buyers as the chat's `取消订单 1-4 不要了` passes it); a copy; a group buy opened."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, form_of, post_form


async def _sent(world: ConsoleWorld, before: int) -> list[tuple[str, dict[str, Any]]]:
    rows = (await world.outbox_rows())[before:]
    return [(row["chat_id"], json.loads(row["payload"])["reply"]) for row in rows]


def _to(sent: list[tuple[str, dict[str, Any]]], who: str) -> list[str]:
    return [reply["text"] for _, reply in sent if reply.get("private_to") == who and "text" in reply]


async def _open(world: ConsoleWorld, lang: str, target: int = 3) -> int:
    if lang == "zh":
        await world.say("family", "amy", "/lang zh")
        replies = await world.say("family", "amy", f"接龙 大米 价格 60 成团 {target}")
    else:
        replies = await world.say("family", "amy", f"/groupbuy Rice price 60 target {target}")
    return int(next(r.card_of for r in replies if r.card_of))


CASES = {
    "zh": {
        "edited": "管理员 dan 修改了你的 大米（#{id}）：价格 ¥60 → ¥50；库存 无 → 30",
        "cancelled": "管理员 dan 取消了你的 大米（#{id}）：群里和跟团的人都已收到通知，"
        "不收任何款项。\n原因：货源断了",
        "reason": "原因：货源断了",
        "copied": "管理员 dan 把你的 大米（#{id}）在「Family Group」再开了一团："
        "#{new}，团长还是你，买家付款给你。",
    },
    "en": {
        "edited": "Admin dan changed your Rice (#{id}): price ¥60 → ¥50; stock none → 30",
        "cancelled": "Admin dan cancelled your Rice (#{id}): the group and everyone on it were told; "
        "nobody is charged.\nReason: supplier ran out",
        "reason": "Reason: supplier ran out",
        "copied": "Admin dan opened your Rice (#{id}) again in Family Group: #{new}, "
        "organised by you, buyers pay you.",
    },
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_edit_cancel_copy_are_told_to_the_organiser(tmp_path: Path, lang: str) -> None:
    said = CASES[lang]
    why = "货源断了" if lang == "zh" else "supplier ran out"
    async with console_world(tmp_path) as world:
        gid = await _open(world, lang)
        await world.say("family", "bob", "+1")
        dan = await world.admin("dan")
        form = await form_of(dan, f"/group-buys/{gid}/edit")
        before = len(await world.outbox_rows())
        response = await post_form(dan, f"/group-buys/{gid}/edit", {**form, "price": "50", "stock": "30"})
        assert response.status_code == 303, response.text
        assert _to(await _sent(world, before), "amy") == [said["edited"].format(id=gid)]
        # her own edit tells her nothing more
        amy = await world.member("amy")
        form = await form_of(amy, f"/group-buys/{gid}/edit")
        before = len(await world.outbox_rows())
        assert (await post_form(amy, f"/group-buys/{gid}/edit", {**form, "stock": "40"})).status_code == 303
        assert _to(await _sent(world, before), "amy") == []

        before = len(await world.outbox_rows())
        page = (await dan.get(f"/group-buys/{gid}/cancel")).text
        assert 'name="reason"' in page
        response = await post_form(dan, f"/group-buys/{gid}/cancel", {"confirm": "yes", "reason": why})
        assert response.status_code == 303
        sent = await _sent(world, before)
        assert _to(sent, "amy") == [said["cancelled"].format(id=gid)]
        group = [reply["text"] for chat, reply in sent if chat == "family" and "text" in reply]
        assert group and all(text.endswith(said["reason"]) for text in group), group

        before = len(await world.outbox_rows())
        copy = await form_of(dan, f"/group-buys/{gid}/copy")
        response = await post_form(dan, f"/group-buys/{gid}/copy", {**copy, "chat": "family", "deadline": ""})
        assert response.status_code == 303, response.text
        new = int(response.headers["location"].rsplit("/", 1)[1])
        assert _to(await _sent(world, before), "amy") == [said["copied"].format(id=gid, new=new)]


@pytest.mark.parametrize(
    ("lang", "said"),
    [("zh", "管理员 dan 取消了你的 大米（#{id}）订单 #{id}-1（Bob，¥60）：这笔不用再收了。\n原因：买重了"),
     ("en", "Admin dan cancelled order #{id}-1 of your Rice (#{id}), Bob's, ¥60: "
      "nothing is owed for it any more.\nReason: bought twice")],
)  # fmt: skip
async def test_an_order_cancelled_with_a_reason_passes_it_on(tmp_path: Path, lang: str, said: str) -> None:
    why = "买重了" if lang == "zh" else "bought twice"
    async with console_world(tmp_path) as world:
        gid = await _open(world, lang, target=1)
        await world.say("family", "bob", "+1")
        await world.say("family", "amy", f"/close #{gid}" if lang == "en" else f"截单 #{gid}")
        dan = await world.admin("dan")
        dan.cookies.set("lang", lang)
        page = (await dan.get(f"/orders/cancel?order={gid}-1")).text
        assert 'name="reason"' in page
        before = len(await world.outbox_rows())
        form = {"confirm": "yes", "order": f"{gid}-1", "reason": why}
        assert (await post_form(dan, "/orders/cancel", form)).status_code == 303
        sent = await _sent(world, before)
        [to_bob] = _to(sent, "bob")
        assert to_bob.endswith(("原因：" if lang == "zh" else "Reason: ") + why), to_bob
        assert _to(sent, "amy") == [said.format(id=gid)]
        # a reason too long: the page again, what was typed kept, nothing done
        await world.say("family", "cat", "+1")
        gid2 = await _open(world, lang, target=1)
        await world.say("family", "cat", f"+1 #{gid2}")
        await world.say("family", "amy", f"/close #{gid2}" if lang == "en" else f"截单 #{gid2}")
        before = len(await world.outbox_rows())
        form = {"confirm": "yes", "order": f"{gid2}-1", "reason": "x" * 201}
        too_long = await post_form(dan, "/orders/cancel", form)
        assert too_long.status_code == 422 and 'value="' + "x" * 201 + '"' in too_long.text
        limit = "原因最多 200 个字，这条有 201 个" if lang == "zh" else "A reason has at most 200"
        assert limit in too_long.text
        assert await _sent(world, before) == []

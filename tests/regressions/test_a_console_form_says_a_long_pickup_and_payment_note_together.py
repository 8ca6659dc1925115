"""Review: a 600-character pickup and a 600-character payment note on the console's group buy form were
answered in rounds: only `自提信息太长了（最多 100 个字）…` beside Pickup, and once it was shortened, a
second submit brought `付款方式写得太长了：最多 200 个字。`, calling the field 付款方式 where its label
says 收款方式 (the Change form, of an open or a closed group buy, said the pickup alone). Now both are
said in the first answer, each beside its field and naming it by its label (收款方式 / Payment note),
with what to do; nothing is opened or changed."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form

LONG = {"pickup": "南门" * 300, "payment": "微信" * 300}
ZH = {
    "pickup": "自提信息太长了（最多 100 个字）：请把“自提点”一栏写短些，例如 小区南门 明天下午5点。",
    "payment": "收款方式太长了（最多 200 个字），没有任何改动："
    "请把“收款方式”一栏写短些，例如 微信转账给团长。",
}
EN = {
    "pickup": "That pickup is too long (at most 100 characters): shorten Pickup, e.g. Gate 3 tomorrow 17:00.",
    "payment": "That payment note is too long (at most 200 characters): nothing was changed. Shorten Payment "
    "note, e.g. WeChat transfer to the organiser.",
}


async def test_the_new_form_says_both_at_once_by_their_labels(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        before = len(await world.outbox_rows())
        typed = {"chat": "family", "title": "西瓜", "price": "20", "target": "2", "deadline": "3d", **LONG}
        client.cookies.set("lang", "zh")
        zh = await post_form(client, "/group-buys/new", typed)
        client.cookies.set("lang", "en")
        en = await post_form(client, "/group-buys/new", typed)

        assert (zh.status_code, en.status_code) == (422, 422)
        assert field_errors(zh.text) == ZH
        assert field_errors(en.text) == EN
        assert len(await world.outbox_rows()) == before  # nothing opened


async def test_the_change_form_says_both_at_once_open_or_closed(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        open_id = await world.open_group_buy("family", "amy", "Plums")
        closed_id = await world.open_group_buy("family", "amy", "Pears", target=1)
        await world.say("family", "bob", f"+1 #{closed_id}")
        await world.say("family", "amy", f"/close #{closed_id}")
        client = await world.member("amy")
        before = len(await world.outbox_rows())
        answers = {}
        for lang in ("zh", "en"):
            client.cookies.set("lang", lang)
            for group_buy_id in (open_id, closed_id):
                path = f"/group-buys/{group_buy_id}/edit"
                answers[lang, group_buy_id] = await post_form(
                    client, path, {**await form_of(client, path), **LONG}
                )

        assert {key: answer.status_code for key, answer in answers.items()} == dict.fromkeys(answers, 422)
        for group_buy_id in (open_id, closed_id):
            assert field_errors(answers["zh", group_buy_id].text) == ZH
            assert field_errors(answers["en", group_buy_id].text) == EN
        assert len(await world.outbox_rows()) == before  # nothing changed

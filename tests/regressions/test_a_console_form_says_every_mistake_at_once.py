"""Review (round 50, #7): the console's new group buy and edit forms answered mistakes in rounds: a price,
stock and limit in a form the field reads was said first, and only once those were mended the deadline
gone by (`这个截止时间已经过去了`), a title too long or a price above the maximum. Every field's mistake is
now said beside it in one answer (the domain's own rules run on the fields that read), what was typed is
kept in the form, and nothing is opened or changed."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form

PAST_ZH = (
    "这个截止时间已经过去了：请在“截止时间”一栏写一个还没到的时间，例如 3天、明天 9:00 或 2026-12-24 20:00。"
)
PAST_EN = (
    "That deadline has already passed: write a time still to come in Deadline, e.g. 3d, tomorrow 9:00 or "
    "2026-12-24 20:00."
)
NEW = {"chat": "family", "title": "芒果", "price": "88", "target": "2", "deadline": "3d"}


async def test_the_new_form_says_a_past_deadline_with_the_other_mistakes(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        before = len(await world.outbox_rows())
        client.cookies.set("lang", "zh")
        typed = {**NEW, "price": "-5", "stock": "-1", "limit": "-2", "deadline": "2020-01-01"}
        zh = await post_form(client, "/group-buys/new", typed)
        client.cookies.set("lang", "en")
        en = await post_form(client, "/group-buys/new", {**typed, "title": "Mangoes"})
        too_much = {**NEW, "title": "长" * 500, "price": "99999999", "target": "1000000"}
        en_big = await post_form(client, "/group-buys/new", too_much)

        assert (zh.status_code, en.status_code, en_big.status_code) == (422, 422, 422)
        assert field_errors(zh.text) == {
            "price": "“-5”不是有效的价格，没有任何改动：请写成 88、88.5 或 ¥88。",
            "stock": "库存须为 1 到 999900 的整数（你填的是 -1）："
            "请在“库存”一栏填一个整数，例如 50；空着就是不限库存。",
            "limit": "每人限购须为 1 到 9999 的整数（你填的是 -2）："
            "请在“每人限购”一栏填一个整数，例如 3；填 0 或空着就是不限购。",
            "deadline": PAST_ZH,
        }
        assert field_errors(en.text)["deadline"] == PAST_EN
        assert set(field_errors(en.text)) == {"price", "stock", "limit", "deadline"}
        assert 'value="2020-01-01"' in zh.text and 'value="-5"' in zh.text  # what was typed is kept
        assert field_errors(en_big.text) == {
            "title": "The title is too long (80 characters at most). Nothing was changed.",
            "price": "A unit price of ¥99,999,999 is above the maximum of ¥100,000 per unit: is there a "
            "digit too many? Write a price up to ¥100,000, e.g. 88.",
            "target": "The target must be a whole number from 1 to 9999 (you wrote 1000000): write one in "
            "Target, e.g. 10.",
        }
        assert len(await world.outbox_rows()) == before  # nothing opened


async def test_the_edit_form_says_a_past_deadline_with_the_other_mistakes(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        group_buy_id = await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        path = f"/group-buys/{group_buy_id}/edit"
        before = len(await world.outbox_rows())
        client.cookies.set("lang", "zh")
        loaded = await form_of(client, path)
        typed = {**loaded, "title": "", "price": "abc", "stock": "-3", "deadline": "昨天"}
        zh = await post_form(client, path, typed)
        client.cookies.set("lang", "en")
        en = await post_form(client, path, {**typed, "deadline": "2020-01-01 10:00"})

        assert (zh.status_code, en.status_code) == (422, 422)
        assert field_errors(zh.text) == {
            "title": "这一栏不能清空：请填写内容（没有任何改动）。",
            "price": "“abc”不是有效的价格，没有任何改动：请写成 88、88.5 或 ¥88。",
            "stock": "库存须为 1 到 999900 的整数（你填的是 -3）："
            "请在“库存”一栏填一个整数，例如 50；空着就是不限库存。",
            "deadline": PAST_ZH,
        }
        assert field_errors(en.text)["deadline"] == PAST_EN
        assert set(field_errors(en.text)) == {"title", "price", "stock", "deadline"}
        assert 'value="昨天"' in zh.text and 'value="abc"' in zh.text  # what was typed is kept
        assert len(await world.outbox_rows()) == before  # nothing changed

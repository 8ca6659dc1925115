"""Review (session 19): the target (成团) refused on the console's new and edit forms gave a chat command,
"成团数量必须是 1 到 9999 的整数（你写的是 0）。例如：成团 10" / "Example: target 10", and so did the stock,
the limit and a stock below the target ("例如：成团 10 库存 50"). The form now says what to type in its
field, in the page's language, with no chat command."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form

FORM = {"chat": "family", "title": "Mangoes", "price": "88", "target": "10", "deadline": "3d"}


async def test_the_new_form_says_what_to_type_in_target(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")

        zero = await post_form(client, "/group-buys/new", {**FORM, "target": "0"})

        assert zero.status_code == 422
        assert field_errors(zero.text)["target"] == (
            "成团数须为 1 到 9999 的整数（你填的是 0）：请在“成团数”一栏填一个整数，例如 10。"
        )
        below = await post_form(client, "/group-buys/new", {**FORM, "stock": "5"})
        assert below.status_code == 422
        assert field_errors(below.text)["stock"] == (
            "库存（5）少于成团数（10），永远无法成团：请把“库存”填到至少 10，或把“成团数”改小。"
        )
        client.cookies.set("lang", "en")
        big = await post_form(client, "/group-buys/new", {**FORM, "target": "10000"})
        assert big.status_code == 422
        assert field_errors(big.text)["target"] == (
            "The target must be a whole number from 1 to 9999 (you wrote 10000): write one in Target, "
            "e.g. 10."
        )


async def test_the_edit_form_says_what_to_type_in_target(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes")
        client = await world.member("amy")
        for lang, said in (
            ("zh", "成团数须为 1 到 9999 的整数（你填的是 -3）：请在“成团数”一栏填一个整数，例如 10。"),
            (
                "en",
                "The target must be a whole number from 1 to 9999 (you wrote -3): write one in Target, "
                "e.g. 10.",
            ),
        ):
            client.cookies.set("lang", lang)
            form = await form_of(client, f"/group-buys/{gid}/edit")
            before = len(await world.outbox_rows())

            page = await post_form(client, f"/group-buys/{gid}/edit", {**form, "target": "-3"})

            assert page.status_code == 422, lang
            assert field_errors(page.text)["target"] == said
            assert len(await world.outbox_rows()) == before  # nothing changed

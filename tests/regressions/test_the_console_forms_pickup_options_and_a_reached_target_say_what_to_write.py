"""Review (session 20), beside the tiers: the console's group buy forms answered a pickup with no place,
an option name or an option's price or stock they cannot read, and a target raised above a reached
one with the chat's words ("Example: /pickup Gate 3 tomorrow 17:00", "例如：规格 3斤:58,5斤:88",
"you wrote target 5"). Each now says what to write in the form's field, in the page's language."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form

FORM = {"chat": "family", "title": "Mangoes", "price": "88", "target": "3", "deadline": "3d"}


async def test_pickup_options_and_a_reached_target_say_what_to_write(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("garden", "amy", "Plums")
        await world.say("family", "amy", "hello")
        await world.say("garden", "bob", "+2")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        options = {**FORM, "price": ""}

        when = await post_form(client, "/group-buys/new", {**FORM, "pickup": "明天17:00"})
        named = await post_form(client, "/group-buys/new", {**options, "options": "#1:58, 3斤:88"})
        priced = await post_form(client, "/group-buys/new", {**options, "options": "3斤:x"})
        form = await form_of(client, f"/group-buys/{gid}/edit")
        target = await post_form(client, f"/group-buys/{gid}/edit", {**form, "target": "5"})

        assert {when.status_code, named.status_code, priced.status_code, target.status_code} == {422}
        assert (
            field_errors(when.text)["pickup"] == "请在“自提点”一栏写地点和时间，例如 小区南门 明天下午5点。"
        )
        assert field_errors(named.text)["options"] == (
            "“#1”不能做规格名：不要全是数字，也不要以 # @ + - 开头，例如 3斤:58, 5斤:88。"
        )
        assert field_errors(priced.text)["options"] == (
            "看不懂规格 3斤 的价格“x”：请写成 名称:价格，例如 3斤:58, 5斤:88.50。"
        )
        assert field_errors(target.text)["target"] == (
            "已经成团了：成团数不能提高到已接龙的 2 份以上（你填的是 5），没有任何改动："
            "请在“成团数”一栏填 2 或更少。"
        )
        client.cookies.set("lang", "en")
        when = await post_form(client, "/group-buys/new", {**FORM, "pickup": "tomorrow 17:00"})
        stocked = await post_form(client, "/group-buys/new", {**options, "options": "3kg:58:many"})
        target = await post_form(client, f"/group-buys/{gid}/edit", {**form, "target": "5"})
        assert (
            field_errors(when.text)["pickup"]
            == "In Pickup, write the place and the time, e.g. Gate 3 tomorrow 17:00."
        )
        assert field_errors(stocked.text)["options"] == (
            "“many” is not a stock I can read for the option 3kg: a whole number after the price, "
            "e.g. 3kg:58:20, 5kg:88."
        )
        assert field_errors(target.text)["target"] == (
            "The target was already reached: it can't go above the 2 units taken (you wrote 5), so nothing "
            "was changed: write 2 or less in Target."
        )

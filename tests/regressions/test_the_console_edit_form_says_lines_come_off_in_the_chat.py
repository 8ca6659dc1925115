"""Review (session 20): the console's edit form answered a stock below what is taken, or a limit below
what one line holds, with the chat's advice alone ("先用“踢出 @名字”去掉多出的份数", "Lower it with
/remove first"), as if typed in the form. It now says what the field takes and that lines come off the
list in the group buy's chat (the console cannot take them off), with the group buy's number, in the
page's language; nothing changed."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form


async def test_stock_and_limit_below_what_is_taken_say_where_lines_come_off(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Pears")
        await world.say("family", "bob", "+3")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        form = await form_of(client, f"/group-buys/{gid}/edit")

        stock = await post_form(client, f"/group-buys/{gid}/edit", {**form, "stock": "2"})
        limit = await post_form(client, f"/group-buys/{gid}/edit", {**form, "limit": "2"})

        assert stock.status_code == limit.status_code == 422
        assert field_errors(stock.text)["stock"] == (
            "库存不能少于已经接龙的 3 份（你填的是 2），没有任何改动。请在“库存”一栏填至少 3；要减到更少，"
            f"先在团购的群里发“踢出 #{gid} @名字”把多出的份数移出名单（这个页面不能移人），再改“库存”。"
        )
        assert field_errors(limit.text)["limit"] == (
            "每人限购不能低于已有人买的数量：有一条已经是 3 份（你填的是 2），没有任何改动。"
            f"请在“每人限购”一栏填至少 3；要限得更少，先在团购的群里发“踢出 #{gid} @名字”调整"
            "（这个页面不能移人），再改限购。"
        )
        client.cookies.set("lang", "en")
        stock = await post_form(client, f"/group-buys/{gid}/edit", {**form, "stock": "2"})
        limit = await post_form(client, f"/group-buys/{gid}/edit", {**form, "limit": "2"})
        assert stock.status_code == limit.status_code == 422
        assert field_errors(stock.text)["stock"] == (
            "Stock can't go below the 3 units already taken (you wrote 2): nothing was changed. Write at "
            "least 3 in Stock; to go lower, first take lines off the list in the group buy's chat "
            f"(send /remove #{gid} @name there: this page cannot), then change Stock."
        )
        assert field_errors(limit.text)["limit"] == (
            "The limit per person can't go below what someone already holds: one line has 3 (you wrote 2), "
            "so nothing was changed. Write at least 3 in Limit per person; to go lower, first take lines "
            f"off in the group buy's chat (send /remove #{gid} @name there: this page cannot), "
            "then change it."
        )

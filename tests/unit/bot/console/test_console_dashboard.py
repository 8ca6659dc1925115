"""The dashboard, the landing page: ordered, collected and orders per day, join → paid, top group buys,
sharers and notes, as charts with their numbers in tables. An admin sees everyone's figures; each
organiser only those of their own group buys and chats (two organisers here: neither sees the other's)."""

from __future__ import annotations

import re

from tests.unit.bot.console.console_client import ConsoleWorld

CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")


async def _shop(world: ConsoleWorld) -> tuple[int, int]:
    """Amy's Mangoes (¥10; Bob brings Dan with his link; Bob pays) and Dan's Plums (¥25, Eve takes 2),
    both closed today; a note in each chat."""
    mangoes = await world.open_group_buy("family", "amy", "Mangoes", target=3)
    await world.say("family", "bob", "+1")
    shared = "\n".join(r.text for r in await world.say("family", "bob", "/share"))
    code = CODE.search(shared)
    assert code is not None, shared
    await world.say("family", "dan", f"+1 {code.group(0)}")
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", "/close")
    await world.say("family", "amy", f"/paid {mangoes}-1")
    replies = await world.say("work", "dan", "/groupbuy Plums price 25 target 1")
    plums = next(int(r.card_of) for r in replies if r.card_of)
    await world.say("work", "eve", "+2")
    await world.say("work", "dan", "/close")
    await world.say("family", "bob", "/note Sweet mangoes, thin skin")
    await world.say("work", "eve", "/note Juicy plums")
    return mangoes, plums


def _section(page: str, name: str) -> str:
    found = re.search(rf'<section[^>]*id="{name}">(.*?)</section>', page, re.S)
    assert found is not None, name
    return found.group(1)


async def test_an_admin_lands_on_the_dashboard_and_sees_everyones_figures(world: ConsoleWorld) -> None:
    mangoes, plums = await _shop(world)
    client = await world.admin()
    assert (await client.get("/")).headers["location"] == "/dashboard"
    page = (await client.get("/dashboard")).text

    gmv = _section(page, "gmv")
    assert '<svg class="chart"' in gmv and "Order value per day (CNY)" in gmv
    assert "<tr><td>2026-11-23</td><td>4</td><td>¥80</td><td>¥10</td></tr>" in gmv  # 3 × ¥10 + ¥50, Bob paid
    assert (
        "<tr><td>2026-11-22</td><td>0</td><td>¥0</td><td>¥0</td></tr>" in gmv
    )  # every day of the window listed
    assert gmv.count('<rect class="bar"') == 30
    orders = _section(page, "orders")
    assert "<tr><td>2026-11-23</td><td>4</td></tr>" in orders
    conversion = _section(page, "conversion")
    assert "<tr><th>Joined</th><td>4</td></tr>" in conversion
    assert "<tr><th>Orders made</th><td>4</td></tr>" in conversion
    assert "<tr><th>Paid</th><td>1</td></tr>" in conversion
    assert "<tr><th>Joined → paid</th><td>25.0%</td></tr>" in conversion

    top = _section(page, "top-group-buys")
    assert top.index("Plums") < top.index("Mangoes")  # by ordered: ¥50 before ¥30
    assert (
        f'<a href="/group-buys/{plums}">#{plums}</a></td><td>Plums</td><td>1</td><td>¥50</td><td>¥0</td>'
        in top
    )
    assert (
        f'<a href="/group-buys/{mangoes}">#{mangoes}</a></td><td>Mangoes</td><td>3</td>'
        "<td>¥30</td><td>¥10</td>" in top
    )
    assert "<tr><td>1</td><td>Bob</td><td>1</td></tr>" in _section(page, "top-sharers")
    notes = _section(page, "top-notes")
    assert "Sweet mangoes, thin skin" in notes and "Juicy plums" in notes


async def test_each_organiser_sees_only_their_own_group_buys_sharers_and_notes(world: ConsoleWorld) -> None:
    await _shop(world)
    amy = (await (await world.member("amy")).get("/dashboard")).text
    assert "Your group buys and your chats only." in amy
    assert "<tr><td>2026-11-23</td><td>3</td><td>¥30</td><td>¥10</td></tr>" in _section(amy, "gmv")
    assert "<tr><th>Joined</th><td>3</td></tr>" in _section(amy, "conversion")
    assert "<tr><th>Joined → paid</th><td>33.3%</td></tr>" in _section(amy, "conversion")
    assert "Mangoes" in amy and "Plums" not in amy
    assert "<tr><td>1</td><td>Bob</td><td>1</td></tr>" in _section(amy, "top-sharers")
    assert "Sweet mangoes" in amy and "Juicy plums" not in amy

    dan = (await (await world.member("dan")).get("/dashboard")).text
    assert "<tr><td>2026-11-23</td><td>1</td><td>¥50</td><td>¥0</td></tr>" in _section(dan, "gmv")
    assert "<tr><th>Paid</th><td>0</td></tr>" in _section(dan, "conversion")
    assert "Plums" in dan and "Mangoes" not in dan
    assert "No data" in _section(dan, "top-sharers")  # Bob brought a buyer to Amy's, not to Dan's
    assert "Juicy plums" in dan and "Sweet mangoes" not in dan


async def test_a_new_shop_says_no_data_and_a_helper_is_refused(world: ConsoleWorld) -> None:
    client = await world.admin()
    page = (await client.get("/dashboard")).text
    assert '<rect class="bar"' not in page
    assert page.count("No data") >= 4  # ordered, orders chart, top group buys, sharers, notes
    assert "<tr><th>Joined → paid</th><td>–</td></tr>" in page

    gid = await world.open_group_buy("family", "amy", "Mangoes", target=5)
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", f"/helper #{gid} @Cat")
    helper = await world.member("cat")
    refused = await helper.get("/dashboard")
    assert refused.status_code == 403
    assert (await helper.get("/")).headers["location"] == "/pickup"


async def test_the_dashboard_speaks_chinese(world: ConsoleWorld) -> None:
    client = await world.admin()
    client.cookies.set("lang", "zh")
    page = (await client.get("/dashboard")).text
    assert "每日下单金额和已收" in page and "分享达人（带来的买家数）" in page and "暂无数据" in page

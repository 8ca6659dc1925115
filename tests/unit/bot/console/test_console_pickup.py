"""The pickup-code page: the same 核销 as the chat, for the group buys the person organises or helps."""

from __future__ import annotations

import json

import sqlalchemy as sa

from storage.tables import orders
from tests.unit.bot.console.console_client import ConsoleWorld, post_form


async def _paid_order(world: ConsoleWorld) -> tuple[int, str]:
    """Amy's group buy #gid, closed, Bob's order paid: its pickup code. Cat helps with it."""
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    await world.say("family", "bob", "+2")
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", "/close")
    await world.say("family", "amy", f"/paid {gid}-1")
    await world.say("family", "amy", f"/helper #{gid} @Cat")
    async with world.engine.connect() as conn:
        code = (
            await conn.execute(
                sa.select(orders.c.pickup_code).where(orders.c.group_buy_id == gid, orders.c.seq == 1)
            )
        ).scalar_one()
    return gid, str(code)


async def test_a_helper_hands_over_by_code_and_the_buyer_and_card_are_told(world: ConsoleWorld) -> None:
    gid, code = await _paid_order(world)
    client = await world.member("cat")
    before = len(await world.outbox_rows())
    page = await post_form(client, "/pickup", {"code": code})
    assert page.status_code == 200, page.text
    assert f"#{gid}-1" in page.text and "Bob" in page.text and "Mangoes" in page.text
    sent = [
        (row["chat_id"], json.loads(row["payload"])["reply"]) for row in (await world.outbox_rows())[before:]
    ]
    assert ("family", {"card_of": gid, "chat_id": "family"}) in sent  # the card ticks the line
    assert any(reply.get("private_to") == "bob" for _, reply in sent)  # the buyer is told
    [entry] = await world.audit_rows()
    assert (entry["actor"], entry["action"], entry["subject"]) == (
        "playground:cat",
        "pickup.verify",
        f"pickup_code:{code}",
    )
    again = await post_form(client, "/pickup", {"code": code})
    assert again.status_code == 422
    assert 'class="field-error"' in again.text and f'value="{code}"' in again.text  # said, code kept


async def test_a_member_who_helps_with_nothing_there_verifies_nothing(world: ConsoleWorld) -> None:
    _, code = await _paid_order(world)
    await world.open_group_buy("work", "dan", "Plums")
    client = await world.member("dan")  # an organiser, but not of Amy's group buy
    page = await post_form(client, "/pickup", {"code": code})
    assert page.status_code == 422
    assert await world.audit_rows() == []


async def test_an_empty_code_is_said_next_to_its_field(world: ConsoleWorld) -> None:
    await _paid_order(world)
    client = await world.member("cat")
    page = await post_form(client, "/pickup", {"code": " "})
    assert page.status_code == 422
    assert (
        '<p id="code-error" class="field-error">Enter the buyer&#39;s pickup code (4 to 6 digits).</p>'
        in page.text
    )


async def test_an_admin_names_the_group_buy(world: ConsoleWorld) -> None:
    gid, code = await _paid_order(world)
    client = await world.admin()
    page = await post_form(client, "/pickup", {"code": code})
    assert page.status_code == 422
    assert "As an admin, give the group buy&#39;s number too." in page.text
    page = await post_form(client, "/pickup", {"code": code, "group_buy": str(gid)})
    assert page.status_code == 200
    assert f"#{gid}-1" in page.text


async def test_a_full_width_code_is_taken_as_the_chat_takes_it(world: ConsoleWorld) -> None:
    gid, code = await _paid_order(world)
    client = await world.member("cat")
    wide = code.translate(str.maketrans("0123456789", "０１２３４５６７８９"))

    page = await post_form(client, "/pickup", {"code": wide})

    assert page.status_code == 200, page.text
    assert f"#{gid}-1" in page.text and "Bob" in page.text
    [entry] = await world.audit_rows()
    assert entry["subject"] == f"pickup_code:{code}"


async def test_a_code_that_is_no_code_is_said_in_the_forms_words(world: ConsoleWorld) -> None:
    await _paid_order(world)
    client = await world.member("cat")

    page = await post_form(client, "/pickup", {"code": "12a4"})

    assert page.status_code == 422
    assert (
        '<p id="code-error" class="field-error">A pickup code is 4 to 6 digits, e.g. 4827: '
        "check the number the buyer shows.</p>" in page.text
    )
    assert "/pickupcode" not in page.text
    assert await world.audit_rows() == []


async def test_a_code_of_two_group_buys_asks_for_the_number_in_the_forms_words(world: ConsoleWorld) -> None:
    gid, code = await _paid_order(world)
    other = await world.open_group_buy("family", "amy", "Plums", target=1)
    await world.say("family", "dan", f"+1 #{other}")
    await world.say("family", "amy", f"/close #{other}")
    await world.say("family", "amy", f"/paid {other}-1")
    async with world.engine.begin() as conn:  # the two codes happen to be the same
        await conn.execute(sa.update(orders).where(orders.c.group_buy_id == other).values(pickup_code=code))
    client = await world.member("amy")

    page = await post_form(client, "/pickup", {"code": code})

    assert page.status_code == 422
    assert f"Code {code} belongs to orders of 2 group buys" in page.text
    assert f"Enter the group buy&#39;s number too (e.g. {gid})." in page.text
    assert "/pickupcode" not in page.text
    page = await post_form(client, "/pickup", {"code": f"#{other} {code}"})
    assert page.status_code == 200 and "Dan" in page.text

"""Moderation: the flag queue (the chat's `/flags`), hiding a note and restoring it (the chat's `/hide`
and `/unhide` in the note's chat: its card updates, its author is told why), audited; an admin sees
every chat; an organiser none (403, as the chat's `/flags` refuses her)."""

from __future__ import annotations

import html
import json

from tests.unit.bot.console.console_client import ConsoleWorld, post_form
from tests.unit.bot.console.people_shop import flag, open_shop, sent_since


async def test_the_queue_is_the_admins_of_every_chat(world: ConsoleWorld) -> None:
    shop = await open_shop(world)
    await flag(world, shop.bob_note, "family")
    await flag(world, shop.eve_note, "work")
    admin = (await (await world.admin()).get("/moderation")).text
    assert "Sweet mangoes, thin skin" in admin and "Juicy plums" in admin
    assert "score 80, author 80: its likes come almost all from a clique that likes each other" in admin
    assert "<td>Family Group</td><td>Bob</td>" in admin
    for organiser in ("amy", "dan"):
        page = await (await world.member(organiser)).get("/moderation")
        assert page.status_code == 403 and "Sweet mangoes" not in page.text and "Juicy plums" not in page.text


async def test_hiding_a_note_is_the_chats_hide_told_to_the_author_and_audited(world: ConsoleWorld) -> None:
    shop = await open_shop(world)
    await flag(world, shop.bob_note, "family")
    amy = await world.admin()  # the chat's rule: only admins moderate (an organiser is refused)
    before = len(await world.outbox_rows())
    response = await post_form(amy, "/moderation/hide", {"note": str(shop.bob_note), "why": "paid post"})
    assert response.status_code == 303 and response.headers["location"] == "/moderation"
    page = (await amy.get("/moderation")).text
    n = shop.bob_note
    assert f"Note #{n} is hidden; the chat&#39;s card says so and its author was told why." in page
    assert "No flagged notes." in page
    assert (
        f"<td>#{n}</td><td>Family Group</td><td>Bob</td><td>Sweet mangoes, thin skin</td><td>paid post</td>"
        in page
    )
    sent = sent_since((await world.outbox_rows())[before:])
    # as `/hide 1 paid post` typed in the family chat (English, no /lang): said there in the note's
    # language, the card (edited where it can be, never posted anew beside the line: rep82 #8), and the
    # author told in his language as his mute notice would be (handlers.recipients.language_of)
    assert sent == [
        ("family", {"text": f"The admins hid note #{n}.", "language": "en"}),
        ("family", {"card_of": -n, "refresh": True, "chat_id": "family", "extra": {"edit_only": "1"}}),
        (
            "bob",
            {
                "text": f"Your note #{n} in Family Group was hidden by the group's admins. Why: paid post.",
                "private_to": "bob",
                "language": "en",
            },
        ),
    ]
    [entry] = await world.audit_rows()
    assert (entry["actor"], entry["action"], entry["subject"]) == ("console:root", "note.hide", f"note:{n}")
    assert json.loads(entry["before"]) == {"hidden": False, "flagged": True}
    assert json.loads(entry["after"]) == {"hidden": True, "why": "paid post"}

    assert (await post_form(amy, f"/moderation/notes/{n}/restore")).status_code == 303
    page = (await amy.get("/moderation")).text
    assert f"Note #{n} is shown again; its author was told." in page and "No hidden notes." in page
    assert [e["action"] for e in await world.audit_rows()] == ["note.hide", "note.restore"]


async def test_leaving_a_flagged_note_up_clears_it(world: ConsoleWorld) -> None:
    shop = await open_shop(world)
    await flag(world, shop.eve_note, "work")
    admin = await world.admin()
    assert (await post_form(admin, f"/moderation/notes/{shop.eve_note}/restore")).status_code == 303
    page = (await admin.get("/moderation")).text
    assert "No flagged notes." in page and "No hidden notes." in page
    [entry] = await world.audit_rows()
    assert entry["actor"] == "console:root" and entry["action"] == "note.restore"


async def test_a_refusal_is_said_and_changes_nothing(world: ConsoleWorld) -> None:
    shop = await open_shop(world)
    amy = await world.admin()
    before = len(await world.outbox_rows())
    assert (await post_form(amy, f"/moderation/notes/{shop.bob_note}/restore")).status_code == 303
    page = (await amy.get("/moderation")).text
    assert 'class="flash error"' in page
    assert f"Note #{shop.bob_note} is neither hidden nor waiting for review; nothing changed." in page
    assert len(await world.outbox_rows()) == before and await world.audit_rows() == []


async def test_an_organiser_is_refused_moderation_as_in_the_chat(world: ConsoleWorld) -> None:
    shop = await open_shop(world)
    await flag(world, shop.bob_note, "family")
    amy = await world.member("amy")
    before = len(await world.outbox_rows())
    response = await post_form(amy, "/moderation/hide", {"note": str(shop.bob_note), "why": "x"})
    assert response.status_code == 403 and "Only admins review notes" in html.unescape(response.text)
    assert len(await world.outbox_rows()) == before and await world.audit_rows() == []


async def test_bad_input_is_answered_next_to_the_field_with_what_was_typed(world: ConsoleWorld) -> None:
    shop = await open_shop(world)
    amy = await world.admin()  # only the shop's admins hide notes here
    for typed in ("abc", "", "99999"):
        response = await post_form(amy, "/moderation/hide", {"note": typed, "why": "keep me"})
        assert response.status_code == 422, typed
        said = {
            "": "Write a note number, such as 12: the number in the queue or on the note.",
            "abc": "“abc” is not a note number: write its number, such as 12. Nothing was changed.",
            "99999": "There is no note #99999: write the number of a note, such as 12. Nothing was changed.",
        }[typed]
        assert f'id="note-error" class="field-error">{said}' in response.text
        assert f'name="note" value="{typed}"' in response.text and 'value="keep me"' in response.text
    long_why = "x" * 201
    response = await post_form(amy, "/moderation/hide", {"note": str(shop.bob_note), "why": long_why})
    assert response.status_code == 422
    assert 'id="why-error" class="field-error">A reason has at most 200 characters.' in response.text
    assert f'value="{long_why}"' in response.text
    assert await world.audit_rows() == []


async def test_another_organiser_cannot_hide_or_restore_a_note_not_in_their_chats(
    world: ConsoleWorld,
) -> None:
    shop = await open_shop(world)
    await flag(world, shop.bob_note, "family")
    dan = await world.member("dan")
    assert (await post_form(dan, f"/moderation/notes/{shop.bob_note}/restore")).status_code == 403
    assert (await post_form(dan, "/moderation/hide", {"note": str(shop.bob_note)})).status_code == 403
    assert await world.audit_rows() == []

"""The console's edit form with Deadline `3d` (or Pickup `南门 明天下午5点`), saved and then sent
again as it was (a double click, a reload) answered 422
`你打开这页后，这一项已被改成「…」；看过后再保存（没有任何改动）。`,
blaming someone else for the admin's own save: the time read anew is not the one saved. The same
text sent again from the same page load is now the same edit: `已经保存过了：…，和你提交的一样…`,
nothing changed. A colleague's change after that save is still a clash."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, form_of, post_form

SAVED = {
    "zh": "已经保存过了：{field}「{value}」，和你提交的一样，不用再改（没有任何改动）。",
    "en": "Saved already: {field} “{value}”, as you sent it; no change needed (nothing was changed).",
}
CLASH = {"zh": "你打开这页后，这一项已被改成「", "en": "by someone else since you opened this page"}
FIELD = {
    "zh": {"deadline": "截止时间", "pickup": "自提点"},
    "en": {"deadline": "Deadline", "pickup": "Pickup"},
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("name", "typed"), [("deadline", "3d"), ("pickup", "南门 明天下午5点")])
async def test_a_relative_time_saved_twice_says_saved_already(
    tmp_path: Path, lang: str, name: str, typed: str
) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=5)
        root = await world.admin()
        root.cookies.set("lang", lang)
        form = await form_of(root, f"/group-buys/{gid}/edit") | {name: typed}
        assert (await post_form(root, f"/group-buys/{gid}/edit", form)).status_code == 303
        shown = (await form_of(root, f"/group-buys/{gid}/edit"))[name]  # as it was saved
        edits = len([e for e in await world.audit_rows() if e["action"] == "group_buy.edit"])
        since = len(await world.outbox_rows())
        world.app.clock.advance(minutes=2)  # read anew, `3d` would be two minutes later

        again = await post_form(root, f"/group-buys/{gid}/edit", form)  # the same form once more
        assert again.status_code == 303, html.unescape(again.text)
        page = html.unescape((await root.get(again.headers["location"])).text)
        said = SAVED[lang].format(field=FIELD[lang][name], value=shown)
        assert said in page and "flash error" not in page, page
        assert len([e for e in await world.audit_rows() if e["action"] == "group_buy.edit"]) == edits
        assert len(await world.outbox_rows()) == since

        other = "5d" if name == "deadline" else "北门 明天下午6点"
        await world.say("family", "amy", f"/edit #{gid} {name} {other}")  # a colleague's change since
        clash = await post_form(root, f"/group-buys/{gid}/edit", form)
        assert clash.status_code == 422 and CLASH[lang] in html.unescape(clash.text)

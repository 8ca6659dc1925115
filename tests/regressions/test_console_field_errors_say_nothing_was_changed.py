"""Review 42: some console field errors did not say that nothing was changed, where the others do:
`target=abc` → "“abc”不是整数…", a title over 80 → "商品名太长了（最多 80 个字）。", a mute reason over 200 →
"原因最多 200 个字。". Each now ends as the others do, "没有任何改动。" / "Nothing was changed."."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form
from tests.unit.bot.console.people_shop import open_shop

END = {"zh": "没有任何改动。", "en": "Nothing was changed."}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_each_field_error_says_nothing_was_changed(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)
        gid = await world.open_group_buy("family", "amy", "Pears", target=5)
        root = await world.admin()
        root.cookies.set("lang", lang)
        form = await form_of(root, f"/group-buys/{gid}/edit")
        for field, typed in (("target", "abc"), ("stock", "ten"), ("title", "x" * 81)):
            response = await post_form(root, f"/group-buys/{gid}/edit", form | {field: typed})
            said = field_errors(response.text).get(field, "")
            assert response.status_code == 422 and said.endswith(END[lang]), (field, said)
        mute = {"chat": "family", "why": "x" * 201}
        response = await post_form(root, "/members/playground:bob/mute", mute)
        reason = "原因最多 200 个字。" if lang == "zh" else "A reason has at most 200 characters. "
        assert response.status_code == 422 and f'class="field-error">{reason}{END[lang]}<' in response.text
        assert shop.mangoes and await world.audit_rows() == []

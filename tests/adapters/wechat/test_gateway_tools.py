"""Without Node or npm the gateway test fails (under CI=true as anywhere else): it never skips."""

from __future__ import annotations

import pytest

from tests.adapters.wechat import gateway


@pytest.mark.parametrize("missing", ["node", "npm"])
def test_a_missing_tool_fails_the_test_with_what_to_install(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    monkeypatch.setenv("CI", "true")
    monkeypatch.setattr(gateway.shutil, "which", lambda tool: None if tool == missing else f"/usr/bin/{tool}")

    with pytest.raises(pytest.fail.Exception) as failed:
        gateway.ensure_gateway_installed()

    assert str(failed.value) == (
        f"{missing} is missing: the WeChat gateway test needs Node.js and npm "
        "(apt-get install nodejs npm, or `make test`)"
    )

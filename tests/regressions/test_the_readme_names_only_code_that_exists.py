"""Review 45, finding 8: the README said a rejected payout's account is never used again "whatever the
reason", citing `commerce.services.payouts.rejected_to`, which does not exist, while its command table
(and the code) keep the account unless the reason says it is wrong. The paragraph now says the one rule
and cites `commerce.services.payouts.account_dropped`; every dotted name of Tuan's code the README cites
in backticks must be a module, or an attribute of one, that exists."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"
CITED = re.compile(r"`((?:commerce|handlers|storage|bot)(?:\.\w+)+)`")


def _exists(dotted: str) -> bool:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            if not hasattr(found, name):
                return False
            found = getattr(found, name)
        return True
    return False


def test_every_dotted_name_the_readme_cites_exists() -> None:
    cited = set(CITED.findall(README.read_text(encoding="utf-8")))
    assert "commerce.services.payouts.account_dropped" in cited
    assert sorted(name for name in cited if not _exists(name)) == []


def test_the_readme_says_one_rule_for_a_rejected_payouts_account() -> None:
    text = README.read_text(encoding="utf-8")
    assert "whatever the reason), `提现` no longer uses it" not in text
    assert "rejection keeps the account for her next `提现`" in text

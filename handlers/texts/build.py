"""Compile the catalogs: `locale/<lang>/LC_MESSAGES/tuan.po` -> `tuan.mo`, with Babel.

`python -m handlers.texts.build` compiles every catalog (and fails on a broken one); the package also
compiles a missing or stale `.mo` on first use (`handlers.texts.catalog`), so a fresh checkout works
without this step. `.mo` files are build output, never committed.
"""

from __future__ import annotations

import io
import os
import string
import sys
import tempfile
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po

from handlers.texts.catalog import DOMAIN, languages, mo_path, po_path


def compile_po(po: Path, lang: str) -> bytes:
    """The `.mo` bytes of one `.po`; `ValueError` when Babel finds an entry broken."""
    try:
        with po.open("rb") as source:
            catalog = read_po(source, locale=lang, domain=DOMAIN, abort_invalid=True)
    except PoFileError as broken:  # e.g. more plural forms than the language has
        raise ValueError(f"{po}: {broken}") from broken
    problems = [f"{message.id!r}: {'; '.join(map(str, errors))}" for message, errors in catalog.check()]
    for message in catalog:
        templates = [message.string] if isinstance(message.string, str) else list(message.string or ())
        for template in templates:
            try:
                list(string.Formatter().parse(template))
            except ValueError as bad:  # `{name` without its `}`: t() would fail on every use
                problems.append(f"{message.id!r}: {bad}")
    if problems:
        raise ValueError(f"{po}: " + "; ".join(problems))
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    return compiled.getvalue()


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` in one step, so a process reading it never sees half a file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def build() -> list[Path]:
    """Compile the catalog of every language that has a `.po`; the `.mo` files written."""
    written = []
    for lang in languages():
        target = mo_path(lang)
        write_atomically(target, compile_po(po_path(lang), lang))
        written.append(target)
    return written


def main() -> int:
    try:
        written = build()
    except ValueError as broken:
        print(broken, file=sys.stderr)
        return 1
    for path in written:
        print(f"compiled {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Rebuild ``govinfo_nlp/data/opencc_t2s_changes.txt`` from the installed OpenCC.

    python -m govinfo_nlp_dev.opencc_changes            # rewrite the data file
    python -m govinfo_nlp_dev.opencc_changes --check    # exit 1 if it is stale

OpenCC's t2s conversion changes a text only where one of its dictionary
entries whose value differs from its key occurs. The file lists, for every
such entry, one of its characters (the entry's own character, or a character
of a phrase that already changes alone, else the first one that the phrase
changes): a text holding none of them is left as it is, and ``normalize``
skips OpenCC for it. The dictionaries are dumped with OpenCC's ``opencc_dict``
tool (shipped in the opencc wheel); the file records the SHA-256 of the
config and of the dictionaries it was made from, and the library uses it only
when the installed ones hash the same.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from govinfo_nlp.normalize import opencc_files, opencc_files_digest

OUT = Path(__file__).resolve().parents[1] / "govinfo_nlp" / "data" / "opencc_t2s_changes.txt"
_PER_LINE = 60

HEADER = """\
# Characters of OpenCC's t2s conversion: every dictionary entry whose value
# differs from its key holds at least one of them, so a text holding none of
# them is left unchanged by the conversion and normalize skips OpenCC for it
# (a third of the time of a simplified document). Valid only for the
# dictionaries hashed below: with any others the conversion always runs.
# Rebuilt by: python -m govinfo_nlp_dev.opencc_changes
"""


def dictionary_entries(opencc_dict: Path, files: Iterable[Path]) -> list[tuple[str, list[str]]]:
    """(key, values) of every entry of the ``.ocd2`` dictionaries, dumped with ``opencc_dict``."""
    entries: list[tuple[str, list[str]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            if path.suffix != ".ocd2":
                continue
            out = Path(tmp) / (path.stem + ".txt")
            subprocess.run(
                [str(opencc_dict), "-i", str(path), "-o", str(out), "-f", "ocd2", "-t", "text"],
                check=True,
            )
            for line in out.read_text("utf-8").splitlines():
                key, _, values = line.partition("\t")
                if key:
                    entries.append((key, values.split(" ")))
    return entries


def changing_characters(entries: Iterable[tuple[str, list[str]]]) -> set[str]:
    """One character of every entry that may change a text (any value other than its key)."""
    changing = [(k, v) for k, v in entries if any(value != k for value in v)]
    chars = {k for k, _ in changing if len(k) == 1}
    for key, values in changing:
        if len(key) == 1 or chars.intersection(key):
            continue
        value = values[0]
        differ = [a for a, b in zip(key, value, strict=False) if a != b]
        chars.add(differ[0] if differ and len(key) == len(value) else key[0])
    return chars


def covers(chars: set[str], entries: Iterable[tuple[str, list[str]]]) -> list[str]:
    """Entries that may change a text and hold none of ``chars`` (empty: the set is complete)."""
    return [k for k, v in entries if any(value != k for value in v) and not chars.intersection(k)]


def render(chars: set[str], digest: str) -> str:
    ordered = "".join(sorted(chars))
    lines = [ordered[i : i + _PER_LINE] for i in range(0, len(ordered), _PER_LINE)]
    return HEADER + f"sha256 {digest}\n" + "\n".join(lines) + "\n"


def build() -> str:
    files = opencc_files()
    if files is None:
        raise SystemExit("OpenCC's t2s config and dictionaries were not found")
    import opencc

    tool = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
    if not tool.exists():
        raise SystemExit(f"{tool} not found: this OpenCC install has no opencc_dict tool")
    entries = dictionary_entries(tool, files)
    chars = changing_characters(entries)
    assert not covers(chars, entries)
    return render(chars, opencc_files_digest(files))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        same = OUT.read_text("utf-8") == text
        print("up to date" if same else f"{OUT} is stale", file=sys.stderr)
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

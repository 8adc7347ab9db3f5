"""The UI string catalogues: complete, really translated, compiled, and in step with the code."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != "en"]
# Proper nouns that read the same in every language.
IGNORE = ["--ignore=tests", "--ignore=*/tests/*", "--ignore=bench"]
SAME_EVERYWHERE = {"Facebook", "LinkedIn", "YouTube", "ChildHub", "DOI", "ISBN"}


def catalogue(code, suffix="po"):
    path = ROOT / "locale" / code / "LC_MESSAGES" / f"django.{suffix}"
    return polib.pofile(str(path)) if suffix == "po" else polib.mofile(str(path))


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_string_is_translated(code):
    po = catalogue(code)
    assert po.percent_translated() == 100, [e.msgid for e in po.untranslated_entries()]
    assert not po.fuzzy_entries()


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_are_not_copies_of_the_english(code):
    copies = [
        entry.msgid
        for entry in catalogue(code)
        if not entry.msgid_plural
        and entry.msgstr == entry.msgid
        and entry.msgid not in SAME_EVERYWHERE
    ]
    # A handful of words are the same in some languages (e.g. "Video", "Advocacy" in Romanian).
    assert len(copies) <= 5, copies


@pytest.mark.parametrize("code", TRANSLATED)
def test_compiled_catalogue_matches_the_source(code):
    def strings(entries):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr
            for entry in entries
            if not entry.msgid_plural
        }

    po, mo = strings(catalogue(code)), strings(catalogue(code, "mo"))
    assert mo == po, "run `make messages` to recompile the catalogues"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")
def test_catalogues_hold_every_string_in_the_code(tmp_path):
    # makemessages writes into the project's locale/, so run it on a copy of the project.
    copy = tmp_path / "project"
    shutil.copytree(
        ROOT, copy, ignore=shutil.ignore_patterns(".venv", "var", ".git", "__pycache__", "*.mo")
    )
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "sq",
            "--no-obsolete",
            "-v",
            "0",
            *IGNORE,
        ],
        cwd=copy,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    fresh = {entry.msgid for entry in polib.pofile(str(copy / "locale/sq/LC_MESSAGES/django.po"))}
    committed = {entry.msgid for entry in catalogue("sq")}
    assert fresh - committed == set(), "new UI strings: run `make messages` and translate them"

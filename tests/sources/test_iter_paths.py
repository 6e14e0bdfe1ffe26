"""Folder expansion: supported files, recursively, in name order; hidden files, sidecars and the
folder's own README or LICENSE out."""

from __future__ import annotations

import os
from pathlib import Path

from timeline_app.core.errors import InputError
from timeline_app.sources import iter_paths, read_path


def test_folders_expand_to_supported_files_in_order(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name in [
        "b.txt",
        "a.md",
        "c.html",
        "d.tml",
        "e.csv",
        "f.jsonl",
        "g.json",
        "h.TE3input",
        "sub/z.txt",
        "sub/deeper/y.htm",
        "a.meta.json",
        "a.txt.meta.json",
        "b.dct",
        "p.timeline.json",
        ".hidden.txt",
        ".git/config.txt",
        "notes.pdf",
        "image.png",
        "README",
        "README.md",
        "sub/LICENSE.txt",
        "readme-first.txt",
    ]:
        write(name, "x")
    found = [path.relative_to(tmp_path).as_posix() for path in iter_paths([tmp_path])]
    assert found == [
        "a.md",
        "b.txt",
        "c.html",
        "d.tml",
        "e.csv",
        "f.jsonl",
        "g.json",
        "h.TE3input",
        "readme-first.txt",
        "sub/deeper/y.htm",
        "sub/z.txt",
    ]


def test_files_pass_through_even_unsupported_or_missing(tmp_path: Path) -> None:
    given = [tmp_path / "x.pdf", tmp_path / "missing.txt"]
    assert list(iter_paths(given)) == given


def test_a_symlink_loop_is_not_followed_forever(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write("sub/a.txt", "x")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    found = [path.relative_to(tmp_path).as_posix() for path in iter_paths([tmp_path])]
    assert found == ["sub/a.txt"]


def test_a_folder_reads_with_each_file_on_its_own(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write("a.txt", "---\npublished: 2021-12-09\n---\nOn Monday, talks.")
    write("b.txt", b"")
    write("c.csv", "text\nOne.\nTwo.\n")
    read, errors = [], []
    for path in iter_paths([tmp_path]):
        try:
            read.extend(document.id for document in read_path(path))
        except InputError as error:
            errors.append(str(error))
    assert read == ["a", "c#1", "c#2"]
    assert len(errors) == 1 and "b.txt is empty" in errors[0]


def test_a_file_without_a_known_suffix_is_sniffed(write) -> None:  # type: ignore[no-untyped-def]
    page = "<!DOCTYPE html><html><body><article><p>" + "On Monday, talks ended. " * 5
    page += "</p></article></body></html>"
    (html,) = read_path(write("saved-page", page))
    assert html.text.startswith("On Monday, talks ended.")
    (text,) = read_path(write("notes", "On Monday, <b>talks</b> ended.\n"))
    assert text.text == "On Monday, <b>talks</b> ended.\n"

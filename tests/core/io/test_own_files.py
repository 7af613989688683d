"""app.core.io.own_files: our own files only as regular files, never through a link; the modes a
plain open() gives; names shown escaped; index paths checked (issue 22)."""

from __future__ import annotations

import os
import stat

import pytest

from app.core.errors import FileError
from app.core.io.atomic import atomic_write_text, current_umask
from app.core.io.own_files import check_inside, create_own, is_safe_rel, open_own, read_own_text, shown


def _mode(p) -> int:
    return stat.S_IMODE(os.lstat(p).st_mode)


def test_own_files_get_the_mode_a_plain_open_gives(tmp_path):
    plain = tmp_path / "plain"
    open(plain, "w").close()
    os.close(open_own(tmp_path / "lock"))
    create_own(tmp_path / ".gitignore", b"*\n")
    atomic_write_text(tmp_path / "journal", "x\n")
    assert _mode(tmp_path / "lock") == _mode(tmp_path / ".gitignore") == _mode(tmp_path / "journal") == _mode(plain)
    assert _mode(plain) == 0o666 & ~current_umask()


def test_an_existing_file_keeps_its_mode_and_content(tmp_path):
    p = tmp_path / ".gitignore"
    p.write_text("mine\n")
    os.chmod(p, 0o600)
    create_own(p, b"*\n")
    assert p.read_text() == "mine\n" and _mode(p) == 0o600
    atomic_write_text(p, "new\n")
    assert _mode(p) == 0o600


@pytest.mark.parametrize("make", ["symlink", "dangling", "fifo", "folder"])
def test_link_or_special_file_in_place_is_refused_untouched(tmp_path, make):
    victim = tmp_path / "victim"
    victim.write_text("precious\n")
    p = tmp_path / "own"
    {
        "symlink": lambda: os.symlink(victim, p),
        "dangling": lambda: os.symlink(tmp_path / "nothing", p),
        "fifo": lambda: os.mkfifo(p),
        "folder": lambda: p.mkdir(),
    }[make]()
    for call in (
        lambda: open_own(p, "the lock"),
        lambda: read_own_text(p, "the lock"),
        lambda: create_own(p, b"x", "the lock"),
    ):
        with pytest.raises(FileError) as e:
            call()
        assert str(e.value).startswith(f"{p}: the lock is ")
    assert victim.read_text() == "precious\n" and not (tmp_path / "nothing").exists()


def test_a_file_where_the_folder_should_be_is_not_refused(tmp_path):
    from app.core.io.own_files import refuse_unless_regular

    (tmp_path / ".labelbench").write_text("not a folder")
    refuse_unless_regular(tmp_path / ".labelbench" / "index.sqlite")  # the index then goes to the cache


def test_atomic_write_replaces_a_symlinked_target_never_the_file_it_names(tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("precious\n")
    os.chmod(victim, 0o640)
    label = tmp_path / "a.txt"
    os.symlink(victim, label)
    atomic_write_text(label, "0 0.5 0.5 0.1 0.1\n")
    assert victim.read_text() == "precious\n" and not label.is_symlink()
    assert _mode(label) == 0o666 & ~current_umask()  # not the victim's mode


def test_rels_from_the_index_are_checked():
    for ok in ("a.png", "images/a.png", "x/..y/a.png", "images/.hidden/a.png"):
        assert is_safe_rel(ok)
    for bad in ("", "/etc/passwd", "../a.png", "images/../../a.png", "a/..", "a\0b"):
        assert not is_safe_rel(bad)


def test_inside_follows_links(tmp_path):
    (tmp_path / "root").mkdir()
    os.symlink(tmp_path, tmp_path / "root" / "up")
    os.symlink(tmp_path / "root", tmp_path / "root" / "self")
    check_inside(tmp_path / "root" / "self" / "x", tmp_path / "root")
    with pytest.raises(FileError, match="leads outside"):
        check_inside(tmp_path / "root" / "up" / "x", tmp_path / "root")


def test_shown_escapes_controls_and_undecodable_bytes():
    assert shown("plain name é.png") == "plain name é.png"
    assert shown("a\x1b[2Jb\x07\n.png") == "a\\x1b[2Jb\\x07\\n.png"
    assert shown(os.fsdecode(b"caf\xe9.png")) == "caf\\xe9.png"
    assert shown("\u202eevil") == "\\u202eevil"  # right-to-left override: not printable

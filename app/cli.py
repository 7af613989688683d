"""`labelbench [gui] [PATH]` and its subcommands (one module each under app/commands/ and its sub-packages)."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sqlite3
import sys

import app.commands
from app import __version__
from app.core.errors import LabelBenchError


def _commands() -> dict:
    mods = {}
    for info in pkgutil.walk_packages(app.commands.__path__, "app.commands."):
        if info.ispkg or info.name.rsplit(".", 1)[1].startswith("_"):
            continue
        mod = importlib.import_module(info.name)
        if hasattr(mod, "NAME") and hasattr(mod, "run"):
            mods[mod.NAME] = mod
    order = ["gui", "demo", "status", "autolabel", "eval", "filter", "threshold", "curves", "convert", "train"]
    return dict(sorted(mods.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99, kv[0])))


def build_parser(commands: dict) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="labelbench",
        description="LabelBench: live OpenCV tuning, bulk YOLO auto-labeling, review and evaluation. "
        "With no subcommand, opens the desktop app (optionally on PATH).",
    )
    parser.add_argument("--version", action="version", version=f"labelbench {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, mod in commands.items():
        p = sub.add_parser(name, help=mod.HELP, description=getattr(mod, "DESCRIPTION", mod.HELP))
        mod.add_arguments(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = _commands()
    gui_option = bool(argv) and argv[0].split("=")[0] in ("--lang", "--pane", "--model")
    if not argv or gui_option or (argv[0] not in commands and not argv[0].startswith("-")):
        argv.insert(0, "gui")  # `labelbench`, `labelbench PATH` and `labelbench --lang ko` open the app
    parser = build_parser(commands)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    global _last_command
    _last_command = args.command
    try:
        if getattr(args, "json", None) is True:  # --json: one JSON document on stdout, nothing else
            from app.json_output import only_json_on_stdout

            with only_json_on_stdout():
                return int(commands[args.command].run(args) or 0)
        return int(commands[args.command].run(args) or 0)
    except LabelBenchError as e:
        print(f"labelbench {args.command}: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print(f"labelbench {args.command}: interrupted", file=sys.stderr)
        return 130
    except (OSError, sqlite3.Error) as e:
        line = storage_error(e)
        if line is None:
            raise
        print(f"labelbench {args.command}: error: {line}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


_last_command: str | None = None


def storage_error(e: BaseException) -> str | None:
    """A full disk, a quota, a read-only file system or folder as one line naming the file (label
    files are written atomically and the index in transactions: nothing is torn, and a rerun after
    freeing space goes on where this one stopped). None for any other error (a bug: traceback)."""
    import errno

    rerun = "nothing was torn; free some space and run the same command again to go on"
    if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
        where = e.filename or "a file"
        return f"{where}: no space left on the device ({_free(where)}); {rerun}"
    if isinstance(e, OSError) and e.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and e.filename:
        return (
            f"{e.filename}: cannot write here ({e.strerror}); give a writable folder (--out DIR) or fix the permissions"
        )
    if isinstance(e, sqlite3.Error):
        msg = str(e)
        if "disk is full" in msg:
            return f"the dataset index: no space left on the device; {rerun}"
        if "readonly" in msg or "read-only" in msg:
            return "the dataset index is read-only here; give a writable folder (--out DIR) or fix the permissions"
    return None


def _free(path) -> str:
    import shutil

    probe = os.path.dirname(os.path.abspath(path)) if path else "."
    while probe and not os.path.isdir(probe):
        probe = os.path.dirname(probe)
    try:
        return f"{shutil.disk_usage(probe).free // 1024} KB free"
    except OSError:
        return "free space unknown"


def entry() -> None:
    """Process entry (console script, `python -m app`). A command line tool that imported torch
    (autolabel, eval with a model, train) spends ~0.6 s in the interpreter's module teardown after
    its work is done; every file it wrote is complete and closed by then (atomic writes, index
    closed, report written), so it exits at once. The desktop app exits normally."""
    rc = main()
    if _last_command not in (None, "gui") and "torch" in sys.modules:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(rc)
    sys.exit(rc)


if __name__ == "__main__":
    entry()

"""`labelbench demo`: open the desktop app on the user's copy of the demo dataset.

The copy lives in the user's data folder (app.core.io.resources.user_demo: ~/.local/share/labelbench/demo
unless $XDG_DATA_HOME or $LABELBENCH_DATA say otherwise), made from the bundled one on first use;
the bundled one is never opened, so nothing is written into the checkout or the installed package.
"""

from __future__ import annotations

from app.commands import gui

NAME = "demo"
HELP = "open the desktop app on your copy of the demo dataset (made on first use)"
DESCRIPTION = (
    "Open the desktop app on a copy of the bundled demo dataset kept in your data folder "
    "(~/.local/share/labelbench/demo, or $XDG_DATA_HOME/labelbench/demo), made on first use. "
    "--reset (or Help > Reset Demo Dataset) replaces it with a fresh copy."
)


def add_arguments(p) -> None:
    p.add_argument(
        "--reset", action="store_true", help="replace your copy with a fresh one first (its changes are lost)"
    )
    p.add_argument("--model", help="detection model to preselect (default: the demo model)")
    p.add_argument("--pane", help="pane to show first (Browse, Process, Auto-label, Review, Evaluate, Training)")
    p.add_argument("--screenshot", metavar="PNG", help="save a screenshot of the window once it has loaded, then quit")
    p.add_argument("--quit-after", type=float, metavar="S", help="close the window after S seconds")


def run(args) -> int:
    if not gui.has_display():
        return gui.run(args)  # says there is no display, before any copy is made
    from app.core.io.resources import user_demo

    args.path = str(user_demo(reset=args.reset))
    return gui.run(args)

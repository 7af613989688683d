"""`labelbench demo`: open the desktop app on the user's copy of the demo dataset.

The copy lives in the user's data folder (app.core.io.resources.user_demo: ~/.local/share/labelbench/demo
unless $XDG_DATA_HOME or $LABELBENCH_DATA say otherwise), made from the bundled one on first use;
the bundled one is never opened, so nothing is written into the checkout or the installed package.
`--task segment|obb` opens a generated polygon / rotated-box demo dataset instead
(app.core.dataset.synth.demo_shapes.user_demo: <data folder>/demo-segment, demo-obb, generated on
first use) with the matching bundled model (demo_yolov8n-seg.pt, demo_yolov8n-obb.pt) preselected.
"""

from __future__ import annotations

from app.commands import gui

NAME = "demo"
HELP = "open the desktop app on your copy of the demo dataset (made on first use)"
DESCRIPTION = (
    "Open the desktop app on a copy of the bundled demo dataset kept in your data folder "
    "(~/.local/share/labelbench/demo, or $XDG_DATA_HOME/labelbench/demo), made on first use. "
    "--reset (or Help > Reset Demo Dataset) replaces it with a fresh copy. "
    "--task segment or obb opens a generated polygon or rotated-box demo dataset "
    "(demo-segment, demo-obb beside it) with the matching demo model."
)
TASKS = ("detect", "segment", "obb")


def add_arguments(p) -> None:
    p.add_argument(
        "--reset", action="store_true", help="replace your copy with a fresh one first (its changes are lost)"
    )
    p.add_argument(
        "--task",
        choices=TASKS,
        default="detect",
        help="which demo: boxes (detect, the default), polygons (segment) or rotated boxes (obb)",
    )
    p.add_argument("--model", help="model to preselect (default: the task's demo model)")
    p.add_argument("--pane", help="pane to show first (Browse, Process, Auto-label, Review, Evaluate, Training)")
    p.add_argument("--screenshot", metavar="PNG", help="save a screenshot of the window once it has loaded, then quit")
    p.add_argument("--quit-after", type=float, metavar="S", help="close the window after S seconds")
    p.add_argument(
        "--lang",
        choices=["en", "ko"],
        help="language of the window (default: the one chosen in View > Language, else LC_ALL / LANG)",
    )


def run(args) -> int:
    if not gui.has_display():
        return gui.run(args)  # says there is no display, before any copy is made
    args.path, model = prepare(args.task, args.reset)
    if not args.model and args.task != "detect" and model.exists():
        args.model = str(model)
    return gui.run(args)


def prepare(task: str = "detect", reset: bool = False):
    """(data.yaml of the user's demo dataset of `task`, made or generated on first use or when
    `reset`; the task's bundled demo model, which may be missing in a trimmed install)."""
    from app.core.io.resources import demo_model, user_demo

    if task == "detect":
        return user_demo(reset=reset), demo_model()
    from app.core.dataset.synth.demo_shapes import user_demo as user_shape_demo

    return user_shape_demo(task, reset=reset), demo_model(task)

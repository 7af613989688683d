"""`labelbench [gui] [PATH]`: open the desktop app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.core.errors import LabelBenchError
from app.core.io.resources import demo_model, user_demo

NAME = "gui"
HELP = "open the desktop app (the default when no subcommand is given)"

DEMO_MODEL = demo_model()


def add_arguments(p) -> None:
    p.add_argument("path", nargs="?", help="folder of images, data.yaml, or 'demo' for your copy of the demo dataset")
    p.add_argument("--model", help="model to preselect (detect, -seg or -obb: .pt, .onnx, OpenVINO folder)")
    p.add_argument("--pane", help="pane to show first (Browse, Process, Auto-label, Review, Evaluate, Training)")
    p.add_argument("--screenshot", metavar="PNG", help="save a screenshot of the window once it has loaded, then quit")
    p.add_argument("--quit-after", type=float, metavar="S", help="close the window after S seconds")
    p.add_argument(
        "--lang",
        choices=["en", "ko"],
        help="language of the window (default: the one chosen in View > Language, else LC_ALL / LANG)",
    )


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in ("win32", "darwin")


def run(args) -> int:
    if not has_display():
        print(
            "labelbench: no display found (DISPLAY is not set); run it on a virtual one: xvfb-run make run",
            file=sys.stderr,
        )
        return 1
    path = args.path
    if path == "demo":  # the user's copy (labelbench demo), never the bundled files themselves
        path = str(user_demo())
    model = args.model
    if path and not Path(path).exists():
        raise LabelBenchError(f"{path}: no such file or folder")
    if model and not Path(model).exists():
        raise LabelBenchError(f"{model}: model file not found")

    from PyQt6.QtCore import QTimer
    from PyQt6.QtWidgets import QApplication

    import app.gui  # noqa: F401 - undoes OpenCV's Qt plugin path before PyQt6 loads
    from app.gui.common.style import apply_style
    from app.gui.main_window import MainWindow

    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    qapp.setApplicationName("LabelBench")
    qapp.setOrganizationName("LabelBench")
    apply_style(qapp)
    from app.gui.common.settings import make_settings
    from app.gui.i18n.language import apply_language, startup_language

    settings = make_settings()
    apply_language(startup_language(args.lang, settings))  # --lang, View > Language, the locale
    win = MainWindow(settings)
    if model:
        win.ctx.set_model(model)
    elif win.ctx.model_path is None and DEMO_MODEL.exists():
        win.ctx.set_model(DEMO_MODEL)
    win.show()
    if path:
        win.open_path(path)
    if args.pane:
        win.show_pane(args.pane)
    if args.screenshot:

        def shot():
            win.grab().save(args.screenshot)
            print(f"screenshot saved to {args.screenshot}")
            win.close()

        QTimer.singleShot(int(1000 * (args.quit_after or 3.0)), shot)
    elif args.quit_after:
        QTimer.singleShot(int(1000 * args.quit_after), win.close)
    return qapp.exec()

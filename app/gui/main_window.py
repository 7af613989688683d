"""The main window: menus, file list dock, pane tabs, status bar, remembered state."""

from __future__ import annotations

import importlib
import logging
import os
import traceback
from pathlib import Path
from types import ModuleType

from PyQt6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSortFilterProxyModel, Qt, pyqtSignal
from PyQt6.QtGui import QAction, QKeySequence
from PyQt6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QStatusBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import LabelBenchError
from app.core.io.layout import resolve_source
from app.core.io.resources import user_data_dir, user_demo
from app.gui.common.context import AppContext
from app.gui.common.file_list import FileListModel, FolderLoader
from app.gui.common.help_dialogs import AboutDialog, ShortcutsDialog
from app.gui.common.manual import open_manual
from app.gui.common.model_check import ModelChooser
from app.gui.common.pane_commands import PaneCommands
from app.gui.common.settings import make_settings, push_recent, recent
from app.gui.common.workers import shutdown_all
from app.gui.i18n import translate
from app.gui.i18n.language import ensure_language
from app.gui.i18n.menu import LanguageMenu
from app.gui.keys.dialog import KeyboardDialog
from app.gui.keys.registry import KeyRegistry

# Every pane is a package app.gui.<name> whose module `pane` defines TITLE (tab text), ORDER (int, left
# to right) and `class Pane(QWidget)` built as Pane(ctx). Only this module knows every pane.
PANES = ("browse", "process", "autolabel", "review", "evaluate", "training")
# Panes with their own list of images (Review's queue, Evaluate's errors): the Images dock hides there,
# giving the room back to the pane, and comes back (if the user had it open) on the other panes.
OWN_IMAGE_LIST = frozenset({"Review", "Evaluate"})
# The tab titles, for pylupdate6: a pane's TITLE (English) is its key (settings, --pane, code); the
# tab shows translate("Panes", TITLE).
PANE_TITLES = (
    QT_TRANSLATE_NOOP("Panes", "Browse"),
    QT_TRANSLATE_NOOP("Panes", "Process"),
    QT_TRANSLATE_NOOP("Panes", "Auto-label"),
    QT_TRANSLATE_NOOP("Panes", "Review"),
    QT_TRANSLATE_NOOP("Panes", "Evaluate"),
    QT_TRANSLATE_NOOP("Panes", "Training"),
)


def _menu(parent: QMenuBar | QMenu) -> QMenu:
    """A menu added to the bar or a menu (its title comes from retranslate())."""
    menu = QMenu("", parent)
    parent.addMenu(menu)
    return menu


def discover_panes() -> list[tuple[int, str, ModuleType | None, str | None]]:
    """(order, title, module or None, error text) for every pane."""
    found: list[tuple[int, str, ModuleType | None, str | None]] = []
    for name in PANES:
        try:
            mod = importlib.import_module(f"app.gui.{name}.pane")
            found.append((getattr(mod, "ORDER", 50), getattr(mod, "TITLE", name.title()), mod, None))
        except Exception:
            found.append((99, name.title(), None, traceback.format_exc()))
    return sorted(found, key=lambda t: (t[0], t[1]))


def resolve_open_target(path: str | os.PathLike) -> tuple[Path, Path | None, list[str]]:
    """A folder or a data.yaml -> (root folder, data.yaml or None, class names): layout's rule."""
    src = resolve_source(path)
    return src.root, src.data_yaml, src.class_names


def _scrollable(pane: QWidget) -> QScrollArea:
    """A pane in a frameless scroll area: the window fits a small laptop screen even when a pane's
    controls want more room (scroll bars appear instead of the window refusing to shrink)."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(pane)
    # never the keyboard focus: a click on a pane's button that takes no focus would give it to the
    # area, outside the pane, and the pane's keys (Review: D, Space, F1, Esc) would stop working
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class _IndexNotices(QObject, logging.Handler):
    """Shows the app the one-line notices about a dataset index (kept aside as corrupt, newer or
    foreign, review status recovered or lost, rows outside the dataset dropped:
    app.core.dataset.store.notice), from whatever thread opened the index: a warning box that does
    not block, and the status bar. Installed on the "labelbench" logger while the window lives."""

    posted = pyqtSignal(str)

    def __init__(self, window: QMainWindow):
        QObject.__init__(self, window)
        logging.Handler.__init__(self, logging.WARNING)
        self.window = window
        self.boxes: list[QMessageBox] = []
        self.posted.connect(self._show)  # queued when posted from a worker thread
        logging.getLogger("labelbench").addHandler(self)

    def emit(self, record) -> None:
        self.posted.emit(record.getMessage())

    def detach(self) -> None:
        logging.getLogger("labelbench").removeHandler(self)

    def _show(self, text: str) -> None:
        bar = self.window.statusBar()
        if bar is not None:
            bar.showMessage(text, 0)
        title = translate("MainWindow", "Dataset index")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setModal(False)
        box.show()
        self.boxes.append(box)


class MainWindow(QMainWindow):
    def __init__(self, settings=None):
        settings = settings or make_settings()
        ensure_language(settings)  # --lang / View ▸ Language / the locale, once per process
        super().__init__()
        self.settings = settings
        self.ctx = AppContext(self)
        self.ctx.main_window = self
        self.setWindowTitle("LabelBench")
        self.resize(1400, 900)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.panes: dict[str, QWidget] = {}  # key: the pane's TITLE in English, whatever the language
        self._count: tuple[str, int] = ("none", 0)  # what the Images dock's count line says
        self._build_file_dock()
        self._build_status_bar()
        self._build_menus()
        self._add_panes()
        self.keys = KeyRegistry(self, self.settings)  # Settings ▸ Keyboard: the user's keys, restored
        self.keys.restore()
        self.retranslate()
        self._texts_ready = True  # from now on a language change retranslates (changeEvent)

        self.ctx.statusMessage.connect(lambda t, ms: self._status().showMessage(t, ms))
        self.index_notices = _IndexNotices(self)
        notices = self.index_notices
        self.destroyed.connect(lambda *_: logging.getLogger("labelbench").removeHandler(notices))
        self.ctx.modelChanged.connect(lambda _p: self._show_model())
        self.model_chooser = ModelChooser(self, self._model_ok, self._model_refused)  # File ▸ Choose Model
        self.ctx.showPane.connect(self.show_pane)
        self.ctx.datasetOpened.connect(self._dataset_opened)
        self.ctx.openInReview.connect(lambda *_: self.show_pane("Review"))
        self.ctx.stepImage.connect(self.step_image)
        self._dock_wanted = True
        self._dock_pane: str | None = None
        self.file_dock.toggleViewAction().triggered.connect(self._dock_toggled)
        self.tabs.currentChanged.connect(self._pane_shown)
        self._restore_state()
        self._pane_shown(self.tabs.currentIndex())

    # ----- layout -----
    def _build_file_dock(self) -> None:
        self.file_model = FileListModel(self)
        self.file_proxy = QSortFilterProxyModel(self)
        self.file_proxy.setSourceModel(self.file_model)
        self.file_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.file_view = QListView()
        self.file_view.setModel(self.file_proxy)
        self.file_view.setUniformItemSizes(True)  # O(1) layout: smooth at 100k rows
        self.file_view.setLayoutMode(QListView.LayoutMode.Batched)
        chosen = self.file_view.selectionModel()
        assert chosen is not None  # setModel made it
        chosen.currentChanged.connect(self._file_chosen)
        self.file_filter = QLineEdit()
        self.file_filter.setClearButtonEnabled(True)
        self.file_filter.textChanged.connect(self.file_proxy.setFilterFixedString)
        self.file_count = QLabel()
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.file_filter)
        lay.addWidget(self.file_view, 1)
        lay.addWidget(self.file_count)
        self.file_dock = QDockWidget(self)
        self.file_dock.setObjectName("imagesDock")
        self.file_dock.setWidget(box)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.file_dock)
        self.loader = FolderLoader(self.file_model, self)
        self.loader.done.connect(self._scan_done)
        self.file_model.rowsInserted.connect(self._update_count)

    def _status(self) -> QStatusBar:
        bar = self.statusBar()  # QMainWindow makes it on the first call
        assert bar is not None
        return bar

    def _menus(self) -> QMenuBar:
        bar = self.menuBar()
        assert bar is not None
        return bar

    def _build_status_bar(self) -> None:
        self.pixel_label = QLabel("")
        self.pixel_label.setMinimumWidth(260)
        self.zoom_label = QLabel("")
        self.model_label = QLabel()
        self._status().addPermanentWidget(self.pixel_label)
        self._status().addPermanentWidget(self.zoom_label)
        self._status().addPermanentWidget(self.model_label)
        self._status().showMessage(translate("MainWindow", "Ready"))

    def _build_menus(self) -> None:
        """Menus and actions; their texts come from retranslate(). Every action has an objectName
        ("window.…"): Settings ▸ Keyboard can rebind it (app.gui.keys.registry)."""
        self.menu_file = m = _menu(self._menus())
        self.act_open_folder = self._action(m, "open_folder", QKeySequence.StandardKey.Open, self.open_folder_dialog)
        self.act_open_dataset = self._action(m, "open_dataset", "Ctrl+Shift+O", self.open_dataset_dialog)
        self.act_open_model = self._action(m, "choose_model", "Ctrl+M", self.open_model_dialog)
        self.recent_menu = _menu(m)
        self._fill_recent()
        m.addSeparator()
        self.menu_edit = e = _menu(self._menus())
        self.menu_view = v = _menu(self._menus())
        v.addAction(self.file_dock.toggleViewAction())
        self.pane_menu = _menu(v)
        self.language_menu = LanguageMenu(self, self.settings)
        v.addMenu(self.language_menu)
        v.addSeparator()
        # File > Save, Edit > Undo/Redo/Delete/Select all, View > zoom: the pane in front's own actions
        self.commands = PaneCommands(self, m, e, v)
        self.commands.zoomChanged.connect(self.zoom_label.setText)
        m.addSeparator()
        self.act_quit = self._action(m, "quit", QKeySequence.StandardKey.Quit, self.close)
        self.menu_settings = s = _menu(self._menus())
        self.act_keyboard = self._action(s, "keyboard", None, self.show_keyboard_settings)
        self.menu_help = h = _menu(self._menus())
        self.act_manual = self._action(h, "manual", None, lambda: open_manual(self))  # resources/docs, rendered
        self.act_shortcuts = self._action(h, "shortcuts", "Ctrl+F1", self.show_shortcuts)
        self.act_reset_demo = self._action(h, "reset_demo", None, self._reset_demo_asked)
        self.act_about = self._action(h, "about", None, self._about)

    def retranslate(self) -> None:
        """Every text of the window in the current language (again on QEvent.LanguageChange)."""
        self.menu_file.setTitle(translate("MainWindow", "&File"))
        self.act_open_folder.setText(translate("MainWindow", "Open &Folder…"))
        self.act_open_dataset.setText(translate("MainWindow", "Open &Dataset (data.yaml)…"))
        self.act_open_model.setText(translate("MainWindow", "Choose &Model…"))
        self.recent_menu.setTitle(translate("MainWindow", "Open &Recent"))
        self.act_quit.setText(translate("MainWindow", "&Quit"))
        self.menu_edit.setTitle(translate("MainWindow", "&Edit"))
        self.menu_view.setTitle(translate("MainWindow", "&View"))
        self.pane_menu.setTitle(translate("MainWindow", "&Panes"))
        self.language_menu.setTitle(translate("MainWindow", "&Language"))
        self.menu_settings.setTitle(translate("MainWindow", "&Settings"))
        self.act_keyboard.setText(translate("MainWindow", "&Keyboard…"))
        self.menu_help.setTitle(translate("MainWindow", "&Help"))
        self.act_manual.setText(translate("MainWindow", "&Manual"))
        self.act_shortcuts.setText(translate("MainWindow", "&Keyboard Shortcuts"))
        self.act_reset_demo.setText(translate("MainWindow", "&Reset Demo Dataset…"))
        self.act_about.setText(translate("MainWindow", "&About LabelBench"))
        self.commands.retranslate()
        self.file_dock.setWindowTitle(translate("MainWindow", "Images"))
        toggle = self.file_dock.toggleViewAction()
        if toggle is not None:
            toggle.setText(translate("MainWindow", "Images"))
        self.file_filter.setPlaceholderText(translate("MainWindow", "Filter file names…"))
        self.zoom_label.setToolTip(
            translate("MainWindow", "Zoom of the image in front (View ▸ Zoom In / Zoom Out / Fit / 100 %)")
        )
        self.model_label.setToolTip(
            translate("MainWindow", "Detection model used by auto-label and evaluate (File ▸ Choose Model)")
        )
        self._show_model()
        self._show_count()
        self._show_title()
        for i, key in enumerate(self.panes):
            self.tabs.setTabText(i, translate("Panes", key))
            self.pane_menu.actions()[i].setText(translate("Panes", key))

    def changeEvent(self, e) -> None:
        if e.type() == QEvent.Type.LanguageChange and getattr(self, "_texts_ready", False):
            self.retranslate()
        super().changeEvent(e)

    def _show_model(self) -> None:
        p = self.ctx.model_path
        self.model_label.setText(
            translate("MainWindow", "Model: {name}").format(name=Path(p).name)
            if p
            else translate("MainWindow", "No model")
        )

    def _show_count(self) -> None:
        state, n = self._count
        if state == "none":
            self.file_count.setText(translate("MainWindow", "No folder open"))
        elif state == "indexing":
            self.file_count.setText(translate("MainWindow", "Indexing…"))
        elif state == "counting":
            self.file_count.setText(translate("MainWindow", "%Ln image(s)…", None, n))
        else:
            self.file_count.setText(translate("MainWindow", "%Ln image(s)", None, n))

    def _action(self, menu, name, shortcut, slot) -> QAction:
        a = QAction(self)
        a.setObjectName(f"window.{name}")
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(slot)
        menu.addAction(a)
        return a

    def _add_panes(self) -> None:
        for i, (_order, title, mod, err) in enumerate(discover_panes()):
            if mod is None:
                w = QPlainTextEdit(translate("MainWindow", "This pane failed to load:") + f"\n\n{err}")
                w.setReadOnly(True)
            else:
                try:
                    w = mod.Pane(self.ctx)
                except Exception:
                    w = QPlainTextEdit(
                        translate("MainWindow", "This pane failed to start:") + f"\n\n{traceback.format_exc()}"
                    )
                    w.setReadOnly(True)
            self.panes[title] = w
            self.tabs.addTab(_scrollable(w), translate("Panes", title))
            act = QAction(translate("Panes", title), self)
            act.setObjectName(f"window.show_{title.lower().replace('-', '')}")
            if i < 9:
                act.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            act.triggered.connect(lambda _=False, t=title: self.show_pane(t))
            self.pane_menu.addAction(act)

    def _dock_toggled(self, checked: bool) -> None:
        self._dock_wanted = checked

    def _note_dock_choice(self) -> None:
        """On a pane that shows the dock, its state is the user's choice (menu, close button, code)."""
        if getattr(self, "_dock_pane", None) not in OWN_IMAGE_LIST:
            self._dock_wanted = self.file_dock.isVisibleTo(self)

    def _pane_shown(self, index: int) -> None:
        """The Images dock follows the user's choice, except on panes that list images themselves."""
        self._note_dock_choice()
        keys = list(self.panes)
        self._dock_pane = keys[index] if 0 <= index < len(keys) else None
        self.pixel_label.setText("")  # a pane's pixel readout (Browse, Process) leaves with it
        self.file_dock.setVisible(self._dock_wanted and self._dock_pane not in OWN_IMAGE_LIST)
        self.commands.retarget(self.panes.get(self._dock_pane) if self._dock_pane is not None else None)

    def show_pane(self, title: str) -> None:
        w = self.panes.get(title)
        if w is not None:
            self.tabs.setCurrentIndex(list(self.panes).index(title))

    # ----- opening -----
    def open_folder_dialog(self) -> None:
        d = QFileDialog.getExistingDirectory(self, translate("MainWindow", "Open folder of images"), self._last_dir())
        if d:
            self.open_path(d)

    def open_dataset_dialog(self) -> None:
        f, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open dataset"),
            self._last_dir(),
            translate("MainWindow", "Dataset (*.yaml *.yml)"),
        )
        if f:
            self.open_path(f)

    def open_model_dialog(self) -> None:
        f, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Choose detection model"),
            self._last_dir(),
            translate("MainWindow", "Models (*.pt *.onnx *.xml);;All files (*)"),
        )
        if f:
            self.choose_model(f)

    def choose_model(self, path: str | os.PathLike) -> None:
        """The file becomes the app's model only once it reads as a detection model (checked in a
        worker, app.gui.common.model_check); else one line says why and the model stays as it was."""
        self._status().showMessage(translate("MainWindow", "Checking {name}…").format(name=Path(path).name), 0)
        self.model_chooser.choose(path)

    def _model_ok(self, path: str, names: list[str]) -> None:
        self.ctx.set_model(path)
        line = translate("MainWindow", "Model: {path} (%n class(es))", None, len(names)).format(path=path)
        self._status().showMessage(line, 5000)

    def _model_refused(self, _path: str, line: str) -> None:
        self._status().showMessage(line, 0)

    def _last_dir(self) -> str:
        r = recent(self.settings)
        return str(Path(r[0]).parent) if r else str(Path.home())

    def open_path(self, path: str | os.PathLike) -> bool:
        """Open a folder or a data.yaml; the listing fills in from a worker."""
        try:
            root, yaml_path, names = resolve_open_target(path)
        except LabelBenchError as e:
            QMessageBox.warning(self, translate("MainWindow", "Cannot open"), str(e))
            self._status().showMessage(str(e), 0)
            return False
        shown = yaml_path if yaml_path else root
        push_recent(self.settings, str(shown))
        self._fill_recent()
        self.ctx.set_dataset(root, yaml_path, names)  # title and Images dock follow (_dataset_opened)
        if self._is_user_demo(root):
            self._status().showMessage(
                translate(
                    "MainWindow", "Demo dataset: your copy in {root} (Help ▸ Reset Demo Dataset makes it afresh)"
                ).format(root=root),
                0,
            )
            return True
        line = translate("MainWindow", "Opened {path}").format(path=shown)
        if names:
            line += translate("MainWindow", " — %n class(es)", None, len(names))
        self._status().showMessage(line, 5000)
        return True

    def _dataset_opened(self, root: str) -> None:
        """Whoever opened it: the title names the open dataset and the Images dock lists it."""
        self._show_title()
        self.file_filter.clear()
        self._count = ("indexing", 0)
        self._show_count()
        self.loader.load(str(root))

    def _show_title(self) -> None:
        root = self.ctx.dataset_root
        if root is None:
            self.setWindowTitle("LabelBench")
            return
        shown = self.ctx.data_yaml or Path(root)
        if self._is_user_demo(root):  # say where the copy is: what is done to it stays there
            self.setWindowTitle(translate("MainWindow", "LabelBench — demo, your copy ({path})").format(path=shown))
        else:
            self.setWindowTitle(f"LabelBench — {Path(root).name} ({shown})")

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        items = recent(self.settings)
        for p in items:
            a = QAction(p, self.recent_menu)
            self.recent_menu.addAction(a)
            a.triggered.connect(lambda _=False, p=p: self.open_path(p))
        self.recent_menu.setEnabled(bool(items))

    def _file_chosen(self, current, _previous) -> None:
        if current.isValid():
            row = self.file_proxy.mapToSource(current).row()
            self.ctx.imageSelected.emit(self.file_model.path(row))

    def step_image(self, step: int) -> None:
        """The next (+1) / previous (-1) image of the Images list (Browse: D / A / PageDown / PageUp)."""
        n = self.file_proxy.rowCount()
        if n == 0:
            return
        row = self.file_view.currentIndex().row()
        target = min(max(row + step, 0), n - 1) if row >= 0 else 0
        if target == row:
            self._status().showMessage(
                translate("MainWindow", "Last image of the list")
                if step > 0
                else translate("MainWindow", "First image of the list"),
                3000,
            )
            return
        ix = self.file_proxy.index(target, 0)
        self.file_view.setCurrentIndex(ix)
        self.file_view.scrollTo(ix)

    def _update_count(self, *_):
        self._count = ("counting", self.file_model.rowCount())
        self._show_count()
        if self.file_view.currentIndex().row() < 0 and self.file_proxy.rowCount() > 0:
            self.file_view.setCurrentIndex(self.file_proxy.index(0, 0))

    def _scan_done(self, n: int) -> None:
        self._count = ("done", n)
        self._show_count()
        self._status().showMessage(translate("MainWindow", "Indexed %Ln image(s)", None, n), 5000)

    # ----- state -----
    def fit_to_screen(self) -> None:
        """Never larger than the screen's free area: the 1400x900 first-start size (or a size saved on
        a bigger monitor) would put the status bar and the panes' buttons off a 1280x720 screen."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        avail = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar and borders, if any
        w = min(self.width(), avail.width() - frame.width())
        h = min(self.height(), avail.height() - frame.height())
        if (w, h) != (self.width(), self.height()):
            self.resize(max(w, 640), max(h, 480))
        if not avail.contains(self.frameGeometry().topLeft()):
            self.move(avail.topLeft())

    def _restore_state(self) -> None:
        g = self.settings.value("window/geometry")
        if g is not None:
            self.restoreGeometry(g)
        self.fit_to_screen()
        s = self.settings.value("window/state")
        if s is not None:
            self.restoreState(s)
            self._dock_wanted = self.file_dock.isVisibleTo(self)
        else:  # first start: room for names like images/train/IMG_0001.jpg
            self.resizeDocks([self.file_dock], [250], Qt.Orientation.Horizontal)
        tab = self.settings.value("window/tab")
        if tab:
            self.show_pane(str(tab))
        model = self.settings.value("model")
        if model and Path(str(model)).exists():
            self.ctx.set_model(str(model))

    def closeEvent(self, e) -> None:
        for w in self.panes.values():  # unsaved edits: Save / Discard / Cancel (the Review pane asks)
            ask = getattr(w, "may_close", None)
            if callable(ask) and not ask():
                e.ignore()
                return
        self.index_notices.detach()
        self.save_state()
        for w in self.panes.values():
            close = getattr(w, "shutdown", None)
            if callable(close):
                close()
        shutdown_all()
        super().closeEvent(e)

    def save_state(self) -> None:
        """Size, docks, pane and model into the settings (on close)."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self._note_dock_choice()
        self.file_dock.setVisible(self._dock_wanted)  # saved as the user left it, not as the pane hid it
        self.settings.setValue("window/state", self.saveState())
        keys = list(self.panes)
        if 0 <= self.tabs.currentIndex() < len(keys):
            self.settings.setValue("window/tab", keys[self.tabs.currentIndex()])
        if self.ctx.model_path:
            self.settings.setValue("model", str(self.ctx.model_path))
        self.settings.sync()

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard Shortcuts: generated from the window's and the panes' QActions."""
        d = ShortcutsDialog(self)
        d.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        d.show()
        return d

    def show_keyboard_settings(self) -> KeyboardDialog:
        """Settings > Keyboard: rebind the window's and the panes' named actions."""
        d = KeyboardDialog(self, self.keys)
        d.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        d.show()
        return d

    @staticmethod
    def _is_user_demo(root) -> bool:
        return MainWindow._user_demo_task(root) is not None

    @staticmethod
    def _user_demo_task(root) -> str | None:
        """detect / segment / obb when root is the user's copy of that demo dataset, else None."""
        for task, name in (("detect", "demo"), ("segment", "demo-segment"), ("obb", "demo-obb")):
            if Path(root).resolve() == (user_data_dir() / name).resolve():
                return task
        return None

    def _open_demo_task(self) -> str:
        root = self.ctx.dataset_root
        return (self._user_demo_task(root) if root is not None else None) or "detect"

    def _reset_demo_asked(self) -> None:
        """Help > Reset Demo Dataset, after a yes (the open demo's: boxes, polygons or rotated boxes)."""
        task = self._open_demo_task()
        target = user_data_dir() / ("demo" if task == "detect" else f"demo-{task}")
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Reset demo dataset"),
            translate(
                "MainWindow",
                "Replace the demo dataset in {path} with a fresh copy of the bundled one?\n\n"
                "Labels, reviews, auto-labels and training runs made in it are lost.",
            ).format(path=target),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reset_demo()

    def reset_demo(self) -> Path | None:
        """A fresh copy of the demo dataset in the user's data folder, opened again when it was open."""
        was_open = self.ctx.dataset_root is not None and self._is_user_demo(self.ctx.dataset_root)
        task = self._open_demo_task()
        try:
            if task == "detect":
                data_yaml = user_demo(reset=True)
            else:
                from app.core.dataset.synth.demo_shapes import user_demo as user_shape_demo

                data_yaml = user_shape_demo(task, reset=True)
        except (LabelBenchError, OSError) as e:
            QMessageBox.warning(self, translate("MainWindow", "Reset demo dataset"), str(e))
            return None
        if was_open:
            self.open_path(data_yaml)
        self._status().showMessage(
            translate("MainWindow", "Demo dataset reset: a fresh copy in {path}").format(path=data_yaml.parent), 8000
        )
        return data_yaml

    def _about(self) -> AboutDialog:
        d = AboutDialog(self, self.ctx.model_path, self.ctx.data_yaml or self.ctx.dataset_root)
        d.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        d.show()
        return d

"""The audit as a job of the app (issue 24): Review's "Likely mistakes first" order needs an audit
of the open dataset; when there is none, the pane says so above the image and offers to run it.

The run is `app.core.audit.run.audit` on the open dataset and the current model (ctx.model_path),
through the app's one job runner (app.gui.common.workers.JobRunner): progress in the bar above
the image and under the queue, Pause / Resume and Cancel as the bar's buttons. When it finishes,
the queue is sorted again (worst finding first) and its first image opens. Label files are only
read; unsaved edits are saved before the run starts, so it audits what is on screen.
"""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QObject, pyqtSignal

from app.core.audit.run import AuditOptions
from app.core.dataset.index import STATUS_AUTO, STATUS_LABELED, STATUS_REVIEWED
from app.core.session import INDEX
from app.gui.common.workers import JobRunner
from app.gui.i18n import num, translate
from app.gui.review.banner import ok_text

ORDER = "audit"
RUN, NOT_NOW, PAUSE, RESUME, CANCEL = "audit_run", "audit_not_now", "audit_pause", "audit_resume", "audit_cancel"
KEYS = (RUN, NOT_NOW, PAUSE, RESUME, CANCEL)


def has_audit(index) -> bool:
    """True when the open dataset's index holds an audit (findings or not)."""
    if index is None:
        return False
    try:
        return bool(index._q("SELECT 1 FROM audit_predictions LIMIT 1"))  # as AuditTable reads it
    except Exception:
        return False


class AuditJob(QObject):
    """Owned by the Review pane: the offer, the run and its end."""

    done = pyqtSignal(object)  # the AuditReport, after the queue was sorted again

    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane
        self.options = AuditOptions()  # the CLI's defaults (tests pick the PyTorch backend)
        self.runner: JobRunner | None = None
        self.paused = False
        self.declined: str | None = None  # the dataset whose offer was answered "Not now"
        pane.banner.chosen.connect(self._chosen)

    @property
    def running(self) -> bool:
        return self.runner is not None and self.runner.busy

    # ----- the offer -----
    def check(self) -> None:
        """The queue was (re)loaded: with the "likely mistakes" order and no audit, say so and offer
        to run it (once per dataset until asked again by choosing the order)."""
        pane = self.pane
        if pane.index is None or pane.queue.query()["order"] != ORDER or self.running:
            if pane.banner.kind == "audit" and not self.running:
                pane.banner.clear()
            return
        if has_audit(pane.index) or self.declined == str(pane.index.root):
            if pane.banner.kind == "audit":
                pane.banner.clear()
            return
        self.offer()

    def order_chosen(self) -> None:
        """The user picked "Likely mistakes first" (again): the offer comes back."""
        self.declined = None

    @staticmethod
    def _no_audit_text() -> str:
        return translate("Review", "No audit yet: this order needs one, so the list is in name order for now")

    def offer(self) -> None:
        pane = self.pane
        model = pane.ctx.model_path
        n = pane.index.count([STATUS_AUTO, STATUS_LABELED, STATUS_REVIEWED])  # the audit reads label files
        if n == 0:
            pane.banner.show_message(
                "audit",
                self._no_audit_text,
                lambda: translate(
                    "Review", "The audit compares labels with the model's view, and no image here has labels yet."
                ),
                [(NOT_NOW, ok_text)],
                "info",
            )
            return
        if model is None:
            pane.banner.show_message(
                "audit",
                self._no_audit_text,
                lambda: translate(
                    "Review",
                    "Choose a detection model (File ▸ Choose Model), then choose this order again to run the audit.",
                ),
                [(NOT_NOW, ok_text)],
                "info",
            )
            return
        name = Path(model).name
        pane.banner.show_message(
            "audit",
            self._no_audit_text,
            lambda: translate(
                "Review",
                "Run the audit: {model} looks at the %Ln labeled image(s) and ranks the labels most likely wrong "
                "(label files are only read).",
                None,
                n,
            ).format(model=name),
            [(RUN, lambda: translate("Review", "Run the audit")), (NOT_NOW, lambda: translate("Review", "Not now"))],
            "info",
        )

    def _chosen(self, key: str) -> None:
        if key not in KEYS:
            return
        pane = self.pane
        if key == RUN:
            self.start()
        elif key == NOT_NOW and pane.index is not None:
            self.declined = str(pane.index.root)
        elif key == PAUSE and self.running and self.runner is not None:
            self.runner.pause()
            self.paused = True
            self._show_progress(*self._last)
        elif key == RESUME and self.running and self.runner is not None:
            self.runner.resume()
            self.paused = False
            self._show_progress(*self._last)
        elif key == CANCEL and self.running and self.runner is not None:
            self.runner.resume()
            self.runner.cancel()
            pane.banner.show_message("audit", lambda: translate("Review", "Stopping the audit…"), "", [], "info")
        pane.refocus()

    # ----- the run -----
    def start(self) -> bool:
        """Run the audit of the open dataset with the current model (False: nothing to run)."""
        pane = self.pane
        if self.running or pane.index is None:
            return False
        model = pane.ctx.model_path
        if model is None:
            self.offer()
            return False
        if not pane.leave_current():  # unsaved edits first: the audit reads the label files
            return False
        source = str(pane.index.data_yaml or pane.index.root)
        opt = self.options
        from app.core.audit.run import audit

        self.runner = JobRunner(lambda state: audit(source, str(model), opt, state), self)
        self.runner.progress.connect(self._show_progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self.paused = False
        self._last = (0, pane.index.count(), "starting")
        self._show_progress(*self._last)
        self.runner.start()
        return True

    @staticmethod
    def _what(done: int, total: int, msg: str) -> str:
        """How far the run is: "12 / 24 images", or the core's word before the first image."""
        if total:
            return translate("Review", "{done} / %Ln image(s)", None, total).format(done=num(done))
        words = {  # the core's stages (app.core.audit.run)
            "": translate("Review", "starting"),
            "starting": translate("Review", "starting"),
            "second look": translate("Review", "second look"),
            "scoring": translate("Review", "scoring"),
        }
        return words.get(msg, msg)

    def _show_progress(self, done: int, total: int, msg: str) -> None:
        self._last = (done, total, msg)
        pane = self.pane
        paused = self.paused

        def title() -> str:
            what = self._what(done, total, msg)
            if paused:
                return translate("Review", "Audit paused: {what}").format(what=what)
            return translate("Review", "Auditing the labels: {what}").format(what=what)

        if (
            pane.banner.kind == "audit"
            and pane.banner.isVisible()
            and set(pane.banner.buttons) == ({RESUME, CANCEL} if self.paused else {PAUSE, CANCEL})
        ):
            pane.banner.set_title(title)  # only the numbers move: the buttons stay
        else:
            pane.banner.show_message(
                "audit",
                title,
                lambda: translate("Review", "The list is sorted by the findings when it finishes."),
                [
                    (RESUME, lambda: translate("Review", "Resume"))
                    if self.paused
                    else (PAUSE, lambda: translate("Review", "Pause")),
                    (CANCEL, lambda: translate("Review", "Cancel")),
                ],
                "info",
            )
        pane.queue.count.setText(translate("Review", "Auditing… {what}").format(what=self._what(done, total, msg)))

    def _finished(self, report) -> None:
        pane = self.pane
        flagged = sum(1 for a in report.ranked if a.findings)
        text = translate("Review", "Audit: {flagged} of %Ln image(s) have findings ({seconds} s)", None, report.images)
        text = text.format(flagged=num(flagged), seconds=num(float(report.seconds), 0))
        if pane.banner.kind == "audit":
            pane.banner.clear()
        pane.ctx.status(text, 10000)
        pane.ctx.publish(INDEX, (), "audit")  # the other views of the index (Evaluate's findings)
        if pane.index is not None:
            if pane.queue.query()["order"] != ORDER:
                pane.queue.order.setCurrentIndex(pane.queue.order_index(ORDER))  # reloads the queue
            else:
                pane.reload_queue()
            if pane.queue.model.rows:
                pane.open_row(0)
            pane.audit_view.show()
        self.done.emit(report)

    def _failed(self, message: str) -> None:
        self.pane.banner.show_message(
            "audit",
            lambda: translate("Review", "The audit stopped"),
            message,
            [(RUN, lambda: translate("Review", "Try again")), (NOT_NOW, ok_text)],
            "error",
        )
        first = message.splitlines()[0] if message else ""
        self.pane.ctx.status(translate("Review", "Audit failed: {why}").format(why=first), 0)
        self._list_text()

    def _cancelled(self) -> None:
        self.pane.banner.show_message(
            "audit",
            lambda: translate("Review", "Audit cancelled"),
            lambda: translate("Review", "Findings of the images audited so far are kept; run it again to finish."),
            [(RUN, lambda: translate("Review", "Run again")), (NOT_NOW, ok_text)],
            "info",
        )
        self._list_text()

    def _list_text(self) -> None:
        m = self.pane.queue.model
        if not m.loading:
            self.pane._list_complete(m.rowCount())

    def stop(self, timeout: float = 5) -> None:
        """The dataset closes or the window: the run is cancelled and waited for."""
        if self.runner is not None:
            self.runner.resume()
            self.runner.cancel()
            self.runner.wait(timeout)
            self.runner = None
        self.paused = False
        if self.pane.banner.kind == "audit":
            self.pane.banner.clear()

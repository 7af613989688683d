"""Images that share one label file (a.jpg and a.png in one folder both label into a.txt, the rule
Ultralytics reads them by) in the Review pane.

Decision: such an image is shown, marked, and read-only. The queue marks it (⧉ after its status,
a tooltip naming the other image), opening it shows one line above the image saying what to do
(rename one of them, or move it into another folder), and neither Space nor an edit writes the
file or marks the image reviewed: whatever one image's boxes are, the file would hand them to the
other image too, as autolabel, audit, convert and training refuse to. The core refuses as well
(app.core.dataset.write_rule.commit_label_file raises SharedLabelError), so no path around the
pane writes it. Once renamed or moved apart (the index refresh sees it), both are ordinary images.
"""

from __future__ import annotations

import os
import sqlite3

from app.core.errors import LabelBenchError
from app.core.io.own_files import shown
from app.gui.i18n import translate
from app.gui.review.banner import ok_text

MARK = " ⧉"
KIND = "shared"  # the banner's kind while the note is up


def shared_marks(index) -> dict[str, tuple[str, list[str]]]:
    """rel -> (label path, the other images' rels) for every image of the index that shares its
    label file; {} without an index or when the listing fails (the marks are a help, not a gate:
    the core still refuses the write)."""
    if index is None:
        return {}
    try:
        groups = index.shared_labels()
    except (sqlite3.Error, LabelBenchError, OSError):  # a closed or busy index: no marks this time
        return {}
    return {rel: (label, [o for o in rels if o != rel]) for label, rels in groups for rel in rels}


def tooltip(label: str, others: list[str]) -> str:
    names = ", ".join(o.rsplit("/", 1)[-1] for o in others)
    return translate(
        "Review",
        "shares its label file {label} with {names}: read-only here; rename one of them or move it into another folder",
    ).format(label=os.path.basename(label), names=names)


class SharedLabels:
    """Owned by the Review pane: the note above a shared image, read-only while it is open, and
    Space refused on it. The queue's marks live in its model (queue_list: `shared`)."""

    def __init__(self, pane):
        self.pane = pane
        pane.session.opened.connect(lambda _rel: self.show())
        pane.session.changed.connect(self._keep_read_only)  # a reload from disk resets read_only

    def current(self) -> tuple[str, list[str]] | None:
        doc = self.pane.doc
        return None if doc is None else self.pane.queue.model.shared.get(doc.rel)

    def show(self) -> None:
        pane, got = self.pane, self.current()
        if got is None:
            if pane.banner.kind == KIND:
                pane.banner.clear()
            return
        label, others = got
        pane.canvas.read_only = True
        name = pane.doc.rel.rsplit("/", 1)[-1]
        names = ", ".join(o.rsplit("/", 1)[-1] for o in others)
        rels = [shown(r) for r in (pane.doc.rel, *others)]
        who = translate("Review", "{names} and {last}").format(names=", ".join(rels[:-1]), last=rels[-1])
        pane.banner.show_message(
            KIND,
            lambda: translate(
                "Review", "{name} shares its label file with {names}: rename one of them or move it into another folder"
            ).format(name=name, names=names),
            lambda: translate(
                "Review",
                "{label}: shared by the images {who} (Ultralytics reads one .txt per image name): open read-only, "
                "nothing is written here; rename one of them or move it into another folder",
            ).format(label=shown(label), who=who),
            [("ok", ok_text)],
            "warning",
        )

    def _keep_read_only(self) -> None:
        if self.current() is not None:
            self.pane.canvas.read_only = True

    def refuses(self) -> bool:
        """Space on a shared image: not written, not marked reviewed; the note again. True when refused."""
        got = self.current()
        if got is None:
            return False
        self.show()
        self.pane.ctx.status(
            translate(
                "Review",
                "Not accepted: {image} shares its label file with {others} (rename one of them or move it into "
                "another folder)",
            ).format(image=self.pane.doc.rel, others=", ".join(got[1])),
            0,
        )
        return True

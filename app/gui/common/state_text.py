"""The words a pane shows for a job's state: finished, stopped, cancelled, failed, and the phase
before the first item. Plain functions (no widgets), so each text is tested on its own; every one
says what happened with its numbers, never "done" for a run that ended early. The words go through
Qt's translation (context "JobState"); without a translator installed they are the English source."""

from __future__ import annotations

from app.gui.i18n import translate


def hms(seconds: float) -> str:
    s = max(0, int(round(seconds)))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def training_end_text(epoch: int, epochs: int, failure: str = "", stop: str = "") -> str:
    """How a training run ended. `epoch`: the last epoch it reached (0: none); `stop`: "stopped"
    (the user asked for a graceful stop) or "killed"; `failure`: the error, if any."""
    if epochs:
        at = translate("JobState", "at epoch {epoch}/{epochs}").format(epoch=epoch, epochs=epochs)
    else:
        at = translate("JobState", "before the first epoch")
    if failure:
        return translate("JobState", "failed {at}: {failure}").format(at=at, failure=failure)
    if stop == "killed":
        return translate("JobState", "killed {at}").format(at=at)
    if stop:
        return translate("JobState", "stopped {at}").format(at=at)
    if epochs and epoch < epochs:
        return translate("JobState", "ended early {at} (patience)").format(at=at)
    if epochs:
        return translate("JobState", "finished {epochs}/{epochs} epochs").format(epochs=epochs)
    return translate("JobState", "finished")


def run_progress_text(
    done: int, total: int, elapsed: float, phase: str = "", paused: bool = False, unit: str = "images"
) -> str:
    """One line for a running bulk job. Before the first item (total 0: the model is being loaded,
    exported or compiled) it names that phase with the time it has taken, not "0 / 0, ETA 0:00:00"."""
    tail = translate("JobState", "  (paused)") if paused else ""
    took = translate("JobState", "elapsed {time}").format(time=hms(elapsed))
    if total <= 0:
        return f"{(phase or translate('JobState', 'Preparing')).rstrip('.…')}…  {took}{tail}"
    rate = done / elapsed if elapsed > 0 else 0.0
    eta_word = translate("JobState", "ETA")
    eta = (
        f"{eta_word} {hms((total - done) / rate)}"
        if rate > 0 and done < total
        else (f"{eta_word} —" if done < total else "")
    )
    return f"{done:,} / {total:,} {unit}   {rate:.1f}/s   {took}   {eta}".rstrip() + tail


def job_end_text(kind: str, what: str, done: int, total: int, detail: str = "") -> str:
    """`kind`: finished / cancelled / failed. "cancelled after 161 of 400 images", with the detail."""
    n = {"what": what, "done": f"{done:,}", "total": f"{total:,}"}
    if kind == "finished" and done != total:
        head = translate("JobState", "{what} finished: {done} of {total}").format(**n)
    elif kind == "finished":
        head = translate("JobState", "{what} finished: {total}").format(**n)
    elif kind == "cancelled":
        head = translate("JobState", "{what} cancelled after {done} of {total}").format(**n)
    else:
        head = translate("JobState", "{what} failed after {done} of {total}").format(**n)
    return f"{head} — {detail}" if detail else head

"""The words a pane shows for a job's state: finished, stopped, cancelled, failed, and the phase
before the first item. Plain functions (no Qt), so each text is tested on its own; every one says
what happened with its numbers, never "done" for a run that ended early."""

from __future__ import annotations


def hms(seconds: float) -> str:
    s = max(0, int(round(seconds)))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def training_end_text(epoch: int, epochs: int, failure: str = "", stop: str = "") -> str:
    """How a training run ended. `epoch`: the last epoch it reached (0: none); `stop`: "stopped"
    (the user asked for a graceful stop) or "killed"; `failure`: the error, if any."""
    at = f"at epoch {epoch}/{epochs}" if epochs else "before the first epoch"
    if failure:
        return f"failed {at}: {failure}"
    if stop == "killed":
        return f"killed {at}"
    if stop:
        return f"stopped {at}"
    if epochs and epoch < epochs:
        return f"ended early {at} (patience)"
    return f"finished {epochs}/{epochs} epochs" if epochs else "finished"


def run_progress_text(
    done: int, total: int, elapsed: float, phase: str = "", paused: bool = False, unit: str = "images"
) -> str:
    """One line for a running bulk job. Before the first item (total 0: the model is being loaded,
    exported or compiled) it names that phase with the time it has taken, not "0 / 0, ETA 0:00:00"."""
    tail = "  (paused)" if paused else ""
    if total <= 0:
        return f"{(phase or 'Preparing').rstrip('.…')}…  elapsed {hms(elapsed)}{tail}"
    rate = done / elapsed if elapsed > 0 else 0.0
    eta = f"ETA {hms((total - done) / rate)}" if rate > 0 and done < total else ("ETA —" if done < total else "")
    return f"{done:,} / {total:,} {unit}   {rate:.1f}/s   elapsed {hms(elapsed)}   {eta}".rstrip() + tail


def job_end_text(kind: str, what: str, done: int, total: int, detail: str = "") -> str:
    """`kind`: finished / cancelled / failed. "cancelled after 161 of 400 images", with the detail."""
    if kind == "finished":
        head = f"{what} finished: {done:,} of {total:,}" if done != total else f"{what} finished: {total:,}"
    elif kind == "cancelled":
        head = f"{what} cancelled after {done:,} of {total:,}"
    else:
        head = f"{what} failed after {done:,} of {total:,}"
    return f"{head} — {detail}" if detail else head

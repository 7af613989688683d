"""Fit the audit's per-kind score calibration (app.core.audit.score.CALIBRATION).

    python scripts/calibrate_audit.py [--n 600] [--frac 0.25] [--seed 7 [11 ...]]

Generates a dataset like scripts/bench_audit.py does, but from other images (its own seed; one
dataset per seed, their findings pooled), runs the audit, marks each finding true when it names
an injected error (same kind, same line; duplicate: either line of the pair), and fits per kind a
logistic curve P(true) = sigmoid(a * logit(raw) + b); a kind in score.PINNED gets the curve
through its pinned point, only its slope fitted. Prints the dict to paste into score.py, and one
JSON line with the counts it was fitted on. (The current coefficients: --n 1200 --seed 7 11 for
overlooked, see score.CALIBRATION.)
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_audit import MODEL, make_dataset  # noqa: E402

from app.core.audit.findings import KINDS  # noqa: E402
from app.core.audit.run import AuditOptions, audit  # noqa: E402
from app.core.audit.score import PINNED  # noqa: E402


def pinned_fit(x, y, raw0: float, p0: float) -> tuple[float, float]:
    """The maximum-likelihood slope a of sigmoid(a * (x - logit(raw0)) + logit(p0)): (a, b)."""
    from scipy.optimize import minimize_scalar

    x0, b0 = float(np.log(raw0 / (1 - raw0))), float(np.log(p0 / (1 - p0)))

    def nll(a):
        z = a * (x - x0) + b0
        return float(np.sum(np.logaddexp(0.0, z) - y * z))

    a = float(minimize_scalar(nll, bounds=(0.1, 20.0), method="bounded").x)
    return a, b0 - a * x0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--frac", type=float, default=0.25)
    ap.add_argument("--seed", type=int, nargs="+", default=[7])
    a = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression

    rows = {k: [] for k in KINDS}
    for seed in a.seed:
        work = Path(tempfile.mkdtemp(prefix="calibrate_audit_"))
        try:
            truth = make_dataset(work, a.n, a.frac, (640, 480), seed)
            # the current calibration still picks which findings get a second look (as in a real
            # run); what is fitted is the raw evidence after it
            rep = audit(work / "data.yaml", MODEL, AuditOptions())
            for img in rep.ranked:
                inj = truth.get(img.image)
                for f in img.findings:
                    ok = (
                        inj is not None
                        and inj.kind == f.kind
                        and (f.kind == "overlooked" or f.line in (inj.lines or (inj.line,)))
                    )
                    rows[f.kind].append((f.raw, ok))
        finally:
            shutil.rmtree(work, ignore_errors=True)
    coef, counts = {}, {}
    for k, r in rows.items():
        raw = np.clip(np.array([x for x, _ in r], float), 1e-4, 1 - 1e-4)
        y = np.array([t for _, t in r], int)
        counts[k] = {"findings": len(r), "true": int(y.sum())}
        if len(set(y.tolist())) < 2:
            continue
        x = np.log(raw / (1 - raw))
        if k in PINNED:
            ab = pinned_fit(x, y, *PINNED[k])
        else:
            lr = LogisticRegression(C=10.0).fit(x[:, None], y)
            ab = (float(lr.coef_[0, 0]), float(lr.intercept_[0]))
        coef[k] = (round(ab[0], 3), round(ab[1], 3))
    print("CALIBRATION = " + repr(coef), file=sys.stderr)
    print(json.dumps({"calibrate": "audit", "images": a.n, "seeds": a.seed, "counts": counts, "coef": coef}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

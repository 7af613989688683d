#!/usr/bin/env python3
"""Write a deterministic Ultralytics-layout demo dataset (app.core.dataset.synth.dataset).

python scripts/make_demo_dataset.py OUT_DIR --n 400 [--size 640x480] [--seed 0] [--val 0.2]
"""

import sys

from app.core.dataset.synth.dataset import main

if __name__ == "__main__":
    sys.exit(main())

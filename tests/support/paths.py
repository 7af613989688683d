"""Where the repository's files are, for tests (one place instead of parents[N] in every file)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEST_DATA = ROOT / "tests" / "data"
DEMO_DIR = ROOT / "resources" / "demo"
DEMO_MODEL = ROOT / "resources" / "models" / "demo_yolov8n.pt"

"""Build datasets/gold/facts-part2.jsonl and facts-written.jsonl (part 2)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common_part2 import REPO, build  # noqa: E402
import data_reports_part2  # noqa: E402

which = sys.argv[1:] or ["reports", "written"]
errs = []
if "reports" in which:
    errs += build(data_reports_part2.DOCS, REPO / "datasets/gold/facts-part2.jsonl")
if "written" in which:
    try:
        import data_written_part2
    except ImportError:
        data_written_part2 = None
    if data_written_part2 is not None:
        errs += build(data_written_part2.DOCS,
                      REPO / "datasets/gold/facts-written.jsonl")
sys.exit(1 if errs else 0)

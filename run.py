"""Run inboxbot: `python run.py` drafts the bundled demo inbox; `--config FILE` runs it for real."""

import sys

from inboxbot.cli import run_py

if __name__ == "__main__":
    run_py(sys.argv[1:])

"""bench/scale_out: the reliability suite's scale-out scenario at full size — two `atento serve
--no-scheduler` replicas and two `atento worker` processes on one PostgreSQL, 5,000 signed customer
messages over 500 channels with 10% retried, then the shared clock moves a day — and its timings.

It runs tests/reliability/test_scale_out.py (which CI runs at 600 messages) against a database of its
own (`atento_bench`), so every check there (one request and one acknowledgement per message, every
escalation, reminder and missed-promise message exactly once) fails loudly here too.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import bench_database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--postgres", default=os.environ.get("ATENTO_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    if not args.postgres:
        sys.exit("bench/scale_out needs PostgreSQL: --postgres URL or ATENTO_TEST_POSTGRES_URL")
    env = {
        **os.environ,
        "ATENTO_SCALE_MESSAGES": str(args.messages),
        "ATENTO_TEST_POSTGRES_URL": bench_database(args.postgres),
    }
    command = [
        sys.executable,
        "-m",
        "pytest",
        "tests/reliability/test_scale_out.py",
        "-s",
        "-q",
        "-p",
        "no:cacheprovider",
    ]
    sys.exit(subprocess.run(command, cwd=ROOT, env=env).returncode)


if __name__ == "__main__":
    main()

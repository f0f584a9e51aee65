"""What the cache of the data-quality checks saves: `python -m scripts.data_quality_measure`.

Run against a database that holds the demo register (`make demo`; or set DATABASE_URL). It
times, alternately in one run, the dashboard's data-quality counts with the detector's
result cached (registers/quality.py) and without (cache emptied before each call, which is
what every dashboard load cost before), and prints the medians and their ratio.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    from django.core.cache import cache

    from registers import quality
    from registers.models import Partnership

    def timed(function):
        start = time.perf_counter()
        function()
        return time.perf_counter() - start

    def uncached():
        cache.delete(f"register-duplicates:{quality.register_version()}")
        return quality.counts()

    quality.counts()  # warm the cache and the database's own caches
    cold, warm = [], []
    for _round in range(args.rounds):
        cold.append(timed(uncached))
        quality.counts()
        warm.append(timed(quality.counts))
    size = Partnership.objects.public().count()
    before, after = statistics.median(cold), statistics.median(warm)
    print(f"published partnerships: {size}; rounds: {args.rounds}")
    print(f"detector run on every load (before): median {before * 1000:.0f} ms")
    print(f"cached per register version (after): median {after * 1000:.0f} ms")
    print(f"after / before: {after / before:.3f}")


if __name__ == "__main__":
    main()

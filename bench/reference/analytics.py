"""The reference side of the analytics benchmark: pandas computes, from the CSV exports of a workspace, the numbers
Dyad's dashboards show (NPS, SERVQUAL gaps per dimension, recurrence of practices per phase), writes them as one
flat JSON object and prints the measurement.

    python3 bench/reference/analytics.py export-folder numbers.json
"""
import json
import resource
import sys
import time

import pandas as pd

# SERVQUAL's five dimensions and their first items (Parasuraman, Zeithaml & Berry 1988), as Dyad numbers them.
DIMENSIONS = [("tangibles", 1), ("reliability", 5), ("responsiveness", 10), ("assurance", 14), ("empathy", 18)]
ITEMS = 22


def nps(folder):
    scores = pd.read_csv(f"{folder}/nps.csv", usecols=["score"])["score"].dropna()
    n = len(scores)
    promoters = int((scores >= 9).sum())
    detractors = int((scores <= 6).sum())
    return {
        "nps.responses": n,
        "nps.promoters": promoters,
        "nps.passives": n - promoters - detractors,
        "nps.detractors": detractors,
        "nps.score": (promoters - detractors) * 100.0 / n,
    }


def servqual(folder):
    columns = [f"E{i}" for i in range(1, ITEMS + 1)] + [f"P{i}" for i in range(1, ITEMS + 1)]
    answers = pd.read_csv(f"{folder}/servqual.csv", usecols=columns)
    gaps = [(answers[f"P{i}"] - answers[f"E{i}"]).mean() for i in range(1, ITEMS + 1)]
    numbers = {}
    bounds = [first for _, first in DIMENSIONS] + [ITEMS + 1]
    for (name, first), end in zip(DIMENSIONS, bounds[1:]):
        numbers[f"servqual.gap.{name}"] = sum(gaps[first - 1:end - 1]) / (end - first)
    numbers["servqual.gap"] = sum(numbers[f"servqual.gap.{name}"] for name, _ in DIMENSIONS) / len(DIMENSIONS)
    return numbers


def recurrence(folder):
    uses = pd.read_csv(f"{folder}/practices.csv")
    counts = uses.groupby(["phase", "practice"]).size()
    return {f"recurrence.{phase}.{practice}": int(count) for (phase, practice), count in counts.items()}


def main(folder, output):
    started = time.perf_counter()
    numbers = {**nps(folder), **servqual(folder), **recurrence(folder)}
    seconds = time.perf_counter() - started
    with open(output, "w", encoding="utf-8") as file:
        json.dump(numbers, file)
    rows = sum(1 for _ in open(f"{folder}/nps.csv", encoding="utf-8")) - 1
    rows += sum(1 for _ in open(f"{folder}/servqual.csv", encoding="utf-8")) - 1
    # ru_maxrss is in kilobytes on Linux.
    print(json.dumps({"items": rows, "seconds": seconds, "peakKilobytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

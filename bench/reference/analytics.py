"""The reference side of the analytics benchmark: pandas computes, from the CSV exports of a workspace, the numbers
Dyad's dashboards show (NPS, SERVQUAL gaps per dimension, recurrence of practices per phase, keyword frequencies of the
open answers coded with the workspace's codebook), writes them as one flat JSON object and prints the measurement.

    python3 bench/reference/analytics.py export-folder numbers.json
"""
import json
import re
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


# Dyad's words: runs of letters or digits, lower-cased (Dyad.Core.Feedback.Codebooks.TextWords).
WORD = re.compile(r"[^\W_]+")


def words(text):
    return [w.lower() for w in WORD.findall(text)]


def stem(word):
    """Plural tolerance as Dyad's: "replies" -> "reply", a final "s" dropped unless after s, u or i, or in short words."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word[-1] == "s" and word[-2] not in "sui":
        return word[:-1]
    return word


def pattern(phrase):
    """A codebook phrase as the parts each word must match: a stem, or a prefix ending in "*"."""
    parts = []
    for part in phrase.split():
        if not part.endswith("*"):
            parts += [stem(w) for w in words(part)]
        elif found := words(part[:-1]):
            parts += [stem(w) for w in found[:-1]] + [found[-1] + "*"]
    return parts


def matches(parts, text_words):
    stems = [stem(w) for w in text_words]
    for start in range(len(text_words) - len(parts) + 1):
        if all(text_words[start + i].startswith(p[:-1]) if p.endswith("*") else stems[start + i] == p for i, p in enumerate(parts)):
            return True
    return False


def keywords(folder):
    """Each keyword counted once per answer naming it, per topic, at or above the topic's threshold (004)."""
    with open(f"{folder}/codebook.json", encoding="utf-8") as file:
        book = json.load(file)
    entries = [(k["topic"], k["keyword"], [pattern(p) for p in [k["keyword"], *k["synonyms"]]]) for k in book["keywords"]]
    answers = pd.concat([
        pd.read_csv(f"{folder}/{source['file']}", usecols=list(source["topics"]), dtype=str)
        .melt(var_name="question", value_name="text")
        .assign(topic=lambda frame, topics=source["topics"]: frame["question"].map(topics))
        for source in book["sources"]
    ])
    answers = answers[answers["text"].fillna("").str.strip() != ""].copy()

    def code(row):
        text_words = words(row.text)
        topic = row.topic.lower()
        return list(dict.fromkeys(keyword.lower() for keyword_topic, keyword, patterns in entries
                                  if (keyword_topic is None or keyword_topic.lower() == topic)
                                  and any(matches(parts, text_words) for parts in patterns)))

    answers["keyword"] = [code(row) for row in answers.itertuples()]
    answers["topic_key"] = answers["topic"].str.lower()
    totals = answers.groupby("topic_key").size()
    names = answers.groupby("topic_key")["topic"].first()
    counts = answers.explode("keyword").dropna(subset=["keyword"]).groupby(["topic_key", "keyword"]).size()
    thresholds = {topic.lower(): minimum for topic, minimum in book["thresholds"].items()}
    spelled = {keyword.lower(): keyword for _, keyword, _ in entries}
    numbers = {}
    for (topic, keyword), count in counts.items():
        if count >= thresholds.get(topic, book["otherTopics"]):
            numbers[f"keywords.{names[topic]}.{spelled[keyword]}"] = int(count)
            numbers[f"keywords.share.{names[topic]}.{spelled[keyword]}"] = count / totals[topic]
    return numbers


def main(folder, output):
    started = time.perf_counter()
    numbers = {**nps(folder), **servqual(folder), **recurrence(folder), **keywords(folder)}
    seconds = time.perf_counter() - started
    with open(output, "w", encoding="utf-8") as file:
        json.dump(numbers, file)
    rows = sum(1 for _ in open(f"{folder}/nps.csv", encoding="utf-8")) - 1
    rows += sum(1 for _ in open(f"{folder}/servqual.csv", encoding="utf-8")) - 1
    # ru_maxrss is in kilobytes on Linux.
    print(json.dumps({"items": rows, "seconds": seconds, "peakKilobytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

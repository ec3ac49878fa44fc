"""The reference side of the analytics benchmark: pandas computes, from the CSV exports of a workspace, the numbers
Dyad's dashboards show (NPS, SERVQUAL gaps per dimension, recurrence of practices per phase, keyword frequencies of the
open answers coded with the workspace's codebook, every account's health by the workspace's scorecard), writes them as
one flat JSON object and prints the measurement.

    python3 bench/reference/analytics.py export-folder numbers.json
"""
import json
import re
import resource
import sys
import time

import numpy as np
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


# Account health (docs/account-health.md, Dyad.Core.Health.HealthRules): each input on 0-100, NaN without data.
WINDOW = pd.Timedelta(days=365)
SLA_WINDOW = pd.Timedelta(days=90)
SERVQUAL_GAP_FLOOR = -3
POINTS_PER_BREACH = 25
POINTS_PER_RISK = 25
POINTS_PER_OPEN_EVENT = 10
FRESH_DAYS = 30
SILENT_DAYS = 180
# The experience state an event leaves behind, on the sources' ordinal scale; those below stable count against later ones.
STATE_SCORES = {"Surpassed": 100, "Restored": 85, "Stable": 70, "Sceptical": 40, "Unsettled": 20, "Destroyed": 0}
BELOW_STABLE = {"Sceptical", "Unsettled", "Destroyed"}
# The scorecard's inputs in the order Dyad adds them up, and its colours as Dyad numbers them (Rag: red, amber, green).
INPUTS = ["Nps", "Csat", "Ces", "ServqualGap", "TargetExperience", "CriticalEvents", "SlaBreaches", "OpenRisks", "Engagement"]
RED, AMBER, GREEN = 0, 1, 2
# .NET counts time in ticks of 100 ns; a day's fraction divides them as Dyad does, so both sides round alike.
TICKS_PER_DAY = 864_000_000_000


def stamps(column):
    return pd.to_datetime(column, utc=True)


def survey_inputs(folder, plan, since, now):
    """NPS, CSAT, CES and SERVQUAL gap of each account over the window's answers, and each account's latest answer."""
    nps_answers, csat, ces, servqual_gaps, latest = [], [], [], [], []
    for survey in plan["surveys"]:
        answers = pd.read_csv(f"{folder}/{survey['file']}", dtype={"account": str}).dropna(subset=["account"])
        answers["submitted_at"] = stamps(answers["submitted_at"])
        answers = answers[answers["submitted_at"] <= now]
        latest.append(answers.groupby("account")["submitted_at"].max())
        answers = answers[answers["submitted_at"] > since]
        for question in survey["npsQuestions"]:
            nps_answers.append(answers[["account", question]].dropna().set_axis(["account", "score"], axis=1))
        if survey["instrument"] == "csat":
            csat.append(answers[["account", "score"]].dropna())
        elif survey["instrument"] == "ces":
            ces.append(answers[["account", "score"]].dropna())
        elif survey["instrument"] == "servqual" and len(answers):
            gaps = pd.DataFrame({i: answers[f"P{i}"] - answers[f"E{i}"] for i in range(1, ITEMS + 1)}).assign(account=answers["account"])
            servqual_gaps.append(gaps)
    inputs = {}
    if nps_answers:
        scores = pd.concat(nps_answers)
        by = scores.assign(promoter=scores["score"] >= 9, detractor=scores["score"] <= 6).groupby("account")
        n = by.size()
        inputs["nps"] = (by["promoter"].sum() - by["detractor"].sum()) * 100.0 / n
        inputs["Nps"] = (inputs["nps"] + 100) / 2
    if csat:
        ratings = pd.concat(csat)
        inputs["Csat"] = (ratings["score"] >= 4).groupby(ratings["account"]).sum() / ratings.groupby("account").size() * 100
    if ces:
        ratings = pd.concat(ces)
        inputs["Ces"] = 100 * (ratings.groupby("account")["score"].sum() / ratings.groupby("account").size() - 1) / 6
    if servqual_gaps:
        gaps = pd.concat(servqual_gaps).groupby("account")
        # Each item's mean gap over the responses answering both sides; a dimension averages its items, the gap the dimensions.
        items = gaps.sum() / gaps.count()
        bounds = [first for _, first in DIMENSIONS] + [ITEMS + 1]
        dimensions = []
        for first, end in zip(bounds, bounds[1:]):
            total = items[first]
            for item in range(first + 1, end):
                total = total + items[item]
            dimensions.append(total / (end - first))
        gap = dimensions[0]
        for dimension in dimensions[1:]:
            gap = gap + dimension
        gap = gap / len(dimensions)
        inputs["ServqualGap"] = (100 * (1 - gap / SERVQUAL_GAP_FLOOR)).clip(0, 100)
    return pd.DataFrame(inputs), pd.concat(latest) if latest else pd.Series(dtype="datetime64[ns, UTC]")


def event_input(folder, since, now):
    """The state the account's latest event of the window left, less points for each earlier one left below stable."""
    events = pd.read_csv(f"{folder}/events.csv", dtype={"account": str, "case": str})
    day = pd.to_datetime(events["occurred_on"]).dt.date
    events = events[(day > since.date()) & (day <= now.date())].assign(day=day)
    events = events.sort_values(["account", "day", "case"], ascending=[True, False, False])
    events["open"] = events["beyond_repair"] | events["state_after"].isin(BELOW_STABLE)
    events["state"] = events["state_after"].map(STATE_SCORES).where(~events["beyond_repair"], 0)
    by = events.groupby("account")
    earlier_open = by["open"].sum() - by["open"].first()
    return (by["state"].first() - POINTS_PER_OPEN_EVENT * earlier_open).clip(lower=0)


def sla_and_risk_inputs(folder, plan, now):
    """Breaches of the response times (questions answered late or waiting beyond the limit, overdue actions) and open risks."""
    limit = pd.Timedelta(hours=float(plan["responseLimitHours"]))
    talk = pd.read_csv(f"{folder}/communications.csv", dtype={"account": str})
    talk["occurred_at"], talk["answered_at"] = stamps(talk["occurred_at"]), stamps(talk["answered_at"])
    unanswered = talk["answered_at"].isna() | (talk["answered_at"] > now)
    asked = talk[(talk["kind"] == "Question") & (talk["occurred_at"] <= now)
                 & ((talk["occurred_at"] > now - SLA_WINDOW) | unanswered)]
    waiting = unanswered.loc[asked.index]
    late = ~waiting & (asked["answered_at"] - asked["occurred_at"] > limit)
    overdue_questions = waiting & (now - asked["occurred_at"] > limit)
    actions = pd.read_csv(f"{folder}/actions.csv", dtype={"account": str})
    actions["due_at"] = stamps(actions["due_at"])
    todo = actions[actions["status"].isin(["Open", "InProgress"])]
    checked = pd.concat([asked["account"], todo["account"]]).value_counts()
    breaches = pd.concat([asked["account"][late | overdue_questions], todo["account"][todo["due_at"] < now]]).value_counts()
    sla = (100 - POINTS_PER_BREACH * breaches.reindex(checked.index, fill_value=0)).clip(lower=0)
    # An account that never had an action tracks no risks: no data rather than none open.
    risks = todo[todo["type"] == "Risk"]["account"].value_counts().reindex(actions["account"].unique(), fill_value=0)
    return sla, (100 - POINTS_PER_RISK * risks).clip(lower=0)


def engagement_input(folder, latest_answers, now):
    """Days since the last touchpoint occurrence, survey answer or logged communication: 100 within 30, 0 from 180."""
    moments = [latest_answers]
    for file in ("occurrences.csv", "communications.csv"):
        rows = pd.read_csv(f"{folder}/{file}", usecols=["account", "occurred_at"], dtype={"account": str})
        at = stamps(rows["occurred_at"])
        moments.append(at[at <= now].groupby(rows["account"]).max())
    last = pd.concat(moments).groupby(level=0).max()
    days = ((now - last) // pd.Timedelta(100, unit="ns") / TICKS_PER_DAY).clip(lower=0)
    return (100 * (SILENT_DAYS - days) / (SILENT_DAYS - FRESH_DAYS)).where(days > FRESH_DAYS, 100).where(days < SILENT_DAYS, 0)


def health(folder):
    """Every account's score (one decimal, rounded as .NET rounds), its colour and its NPS over the window."""
    with open(f"{folder}/health.json", encoding="utf-8") as file:
        plan = json.load(file)
    experiences = pd.read_csv(f"{folder}/experiences.csv")
    if experiences["archived_at"].isna().any():
        sys.exit("Target-experience attainment is not reproduced here; the benchmark's workspace has no target experiences.")
    now = pd.Timestamp(plan["now"])
    since = now - WINDOW
    accounts = pd.read_csv(f"{folder}/accounts.csv", usecols=["name"], dtype=str)["name"]
    inputs, latest_answers = survey_inputs(folder, plan, since, now)
    inputs = inputs.reindex(pd.Index(accounts))
    inputs["CriticalEvents"] = event_input(folder, since, now)
    inputs["SlaBreaches"], inputs["OpenRisks"] = sla_and_risk_inputs(folder, plan, now)
    inputs["Engagement"] = engagement_input(folder, latest_answers, now)
    weights = plan["weights"]
    total = pd.Series(0, index=inputs.index)
    weighted = pd.Series(0.0, index=inputs.index)
    for name in INPUTS:
        if name in inputs and weights[name] > 0:
            counted = inputs[name].notna()
            total = total + counted * weights[name]
            weighted = weighted + (weights[name] * inputs[name]).where(counted, 0.0)
    # numpy rounds as .NET's Math.Round(value, 1): scale, round half to even, scale back.
    score = np.round(weighted / total, 1).where(total > 0)
    rag = pd.Series(AMBER, index=inputs.index).mask(score < plan["redBelow"], RED).mask(score >= plan["greenFrom"], GREEN)
    numbers = {"health.accounts": len(accounts)}
    for account in accounts:
        if pd.notna(score[account]):
            numbers[f"health.{account}.score"] = float(score[account])
            numbers[f"health.{account}.rag"] = int(rag[account])
        if "nps" in inputs and pd.notna(inputs.at[account, "nps"]):
            numbers[f"health.{account}.nps"] = float(inputs.at[account, "nps"])
    return numbers


def main(folder, output):
    started = time.perf_counter()
    numbers = {**nps(folder), **servqual(folder), **recurrence(folder), **keywords(folder), **health(folder)}
    seconds = time.perf_counter() - started
    with open(output, "w", encoding="utf-8") as file:
        json.dump(numbers, file)
    rows = sum(1 for _ in open(f"{folder}/nps.csv", encoding="utf-8")) - 1
    rows += sum(1 for _ in open(f"{folder}/servqual.csv", encoding="utf-8")) - 1
    # ru_maxrss is in kilobytes on Linux.
    print(json.dumps({"items": rows, "seconds": seconds, "peakKilobytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

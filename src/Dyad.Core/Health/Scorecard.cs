using Dyad.Core.Common;

namespace Dyad.Core.Health;

public sealed record InputWeight(HealthInput Input, int Weight);

/// <summary>
/// A workspace's scorecard: how much each input weighs and where red ends and green starts. Weights are relative: the
/// overall score divides by the sum of the weights of the inputs that have data, so they need not add up to 100.
/// </summary>
public sealed record Scorecard(IReadOnlyList<InputWeight> Weights, int RedBelow, int GreenFrom)
{
    public const int MaxWeight = 100;

    /// <summary>NPS weighs double as the relationship's headline measure; every other input the same.</summary>
    public static readonly Scorecard Default = new(
    [
        new(HealthInput.Nps, 20),
        new(HealthInput.Csat, 10),
        new(HealthInput.Ces, 10),
        new(HealthInput.ServqualGap, 10),
        new(HealthInput.TargetExperience, 10),
        new(HealthInput.CriticalEvents, 10),
        new(HealthInput.SlaBreaches, 10),
        new(HealthInput.OpenRisks, 10),
        new(HealthInput.Engagement, 10),
    ], RedBelow: 40, GreenFrom: 70);

    public int WeightOf(HealthInput input) => Weights.FirstOrDefault(w => w.Input == input)?.Weight ?? 0;

    /// <summary>Every input once, in the enum's order; an input not listed weighs 0.</summary>
    public Scorecard Normalized() =>
        this with { Weights = Enum.GetValues<HealthInput>().Select(i => new InputWeight(i, WeightOf(i))).ToList() };

    public Rag RagOf(double score) => score < RedBelow ? Rag.Red : score >= GreenFrom ? Rag.Green : Rag.Amber;

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        var seen = new HashSet<HealthInput>();
        for (var i = 0; i < Weights.Count; i++)
        {
            var weight = Weights[i];
            if (!Enum.IsDefined(weight.Input))
            {
                errors.Add($"weights[{i}].input", $"Input must be one of: {string.Join(", ", Enum.GetValues<HealthInput>().Select(v => v.ToText()))}.");
            }
            else if (!seen.Add(weight.Input))
            {
                errors.Add($"weights[{i}].input", $"{weight.Input.Label()} is weighted twice.");
            }
            if (weight.Weight is < 0 or > MaxWeight)
            {
                errors.Add($"weights[{i}].weight", $"A weight is between 0 and {MaxWeight}.");
            }
        }
        if (Weights.All(w => w.Weight <= 0))
        {
            errors.Add(nameof(Weights), "Give at least one input a weight above 0.");
        }
        if (RedBelow is < 1 or > 99)
        {
            errors.Add(nameof(RedBelow), "Red below is between 1 and 99.");
        }
        if (GreenFrom is < 1 or > 100)
        {
            errors.Add(nameof(GreenFrom), "Green from is between 1 and 100.");
        }
        else if (GreenFrom <= RedBelow)
        {
            errors.Add(nameof(GreenFrom), $"Green starts above where red ends ({RedBelow}), so amber has room between them.");
        }
        return errors;
    }
}

/// <summary>A workspace's stored scorecard; a workspace without a row uses <see cref="Scorecard.Default"/>.</summary>
public sealed class HealthSettings : IWorkspaceOwned
{
    private HealthSettings() { }

    public HealthSettings(Guid workspaceId, Scorecard scorecard)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        Update(scorecard);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public IReadOnlyList<InputWeight> Weights { get; private set; } = [];
    public int RedBelow { get; private set; }
    public int GreenFrom { get; private set; }

    public Scorecard Scorecard => new Scorecard(Weights, RedBelow, GreenFrom).Normalized();

    public void Update(Scorecard scorecard)
    {
        scorecard.Validate().ThrowIfAny();
        var normalized = scorecard.Normalized();
        Weights = normalized.Weights;
        RedBelow = normalized.RedBelow;
        GreenFrom = normalized.GreenFrom;
    }
}

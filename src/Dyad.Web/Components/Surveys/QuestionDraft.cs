using Dyad.Core.Common;
using Dyad.Core.Surveys;
using MudBlazor;

namespace Dyad.Web.Components.Surveys;

/// <summary>
/// A question as the designer edits it: plain settable fields the form binds to, turned back into the domain's
/// immutable <see cref="Question"/> on save, where the domain decides what is valid.
/// </summary>
public sealed class QuestionDraft
{
    public string Key { get; set; } = "";
    public QuestionType Type { get; set; }
    public Dictionary<string, string> Text { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public bool Required { get; set; }
    public int? Min { get; set; }
    public int? Max { get; set; }
    public Dictionary<string, string> MinLabel { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, string> MaxLabel { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public List<OptionDraft> Options { get; set; } = [];
    public List<OptionDraft> Rows { get; set; } = [];
    public string? ConditionQuestion { get; set; }
    public SkipOperator ConditionOperator { get; set; }
    public int? ConditionNumber { get; set; }
    public string? ConditionOption { get; set; }

    public bool HasRange => Type is QuestionType.Rating or QuestionType.Matrix;
    public bool HasEndLabels => Type is QuestionType.Rating or QuestionType.Nps or QuestionType.Matrix;
    public bool HasOptions => Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Ranking;
    public bool HasRows => Type == QuestionType.Matrix;

    /// <summary>Skip logic can look at this question: a number to compare or options to include.</summary>
    public bool CanSteer => Type is QuestionType.Rating or QuestionType.Nps or QuestionType.SingleChoice or QuestionType.MultipleChoice;

    public static QuestionDraft Of(Question question) => new()
    {
        Key = question.Key,
        Type = question.Type,
        Text = Copy(question.Text),
        Required = question.Required,
        Min = question.Min,
        Max = question.Max,
        MinLabel = Copy(question.MinLabel),
        MaxLabel = Copy(question.MaxLabel),
        Options = (question.Options ?? []).Select(OptionDraft.Of).ToList(),
        Rows = (question.Rows ?? []).Select(OptionDraft.Of).ToList(),
        ConditionQuestion = question.ShowWhen?.Question,
        ConditionOperator = question.ShowWhen?.Operator ?? SkipOperator.Equals,
        ConditionNumber = question.ShowWhen?.Number,
        ConditionOption = question.ShowWhen?.Option,
    };

    /// <summary>A new question of a type, with the settings that type needs filled in sensibly.</summary>
    public static QuestionDraft New(QuestionType type, string key) => new()
    {
        Key = key,
        Type = type,
        Min = type is QuestionType.Rating or QuestionType.Matrix ? 1 : null,
        Max = type is QuestionType.Rating or QuestionType.Matrix ? 5 : null,
        Options = type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Ranking
            ? [new OptionDraft { Key = "option_1" }, new OptionDraft { Key = "option_2" }]
            : [],
        Rows = type == QuestionType.Matrix ? [new OptionDraft { Key = "row_1" }] : [],
    };

    /// <summary>The question as the domain takes it; parts the type does not use are left out.</summary>
    public Question ToQuestion() => new(
        Key.Trim(), Type, Localized(Text), Required,
        HasRange ? Min : null, HasRange ? Max : null,
        HasEndLabels ? LocalizedOrNull(MinLabel) : null, HasEndLabels ? LocalizedOrNull(MaxLabel) : null,
        HasOptions ? Options.Select(o => o.ToOption()).ToList() : null,
        Condition(),
        HasRows ? Rows.Select(r => r.ToOption()).ToList() : null);

    /// <summary>The texts this question still lacks in a language: its wording, options and rows.</summary>
    public int MissingTexts(string language) =>
        (Blank.ToNull(Text.GetValueOrDefault(language)) is null ? 1 : 0)
        + (HasOptions ? Options.Count(o => Blank.ToNull(o.Text.GetValueOrDefault(language)) is null) : 0)
        + (HasRows ? Rows.Count(r => Blank.ToNull(r.Text.GetValueOrDefault(language)) is null) : 0);

    public string Icon => TypeIcon(Type);

    public static string TypeIcon(QuestionType type) => type switch
    {
        QuestionType.Rating => Icons.Material.Filled.StarHalf,
        QuestionType.Nps => Icons.Material.Filled.Speed,
        QuestionType.SingleChoice => Icons.Material.Filled.RadioButtonChecked,
        QuestionType.MultipleChoice => Icons.Material.Filled.CheckBox,
        QuestionType.Ranking => Icons.Material.Filled.FormatListNumbered,
        QuestionType.Matrix => Icons.Material.Filled.GridOn,
        _ => Icons.Material.Filled.ShortText,
    };

    public static string TypeLabel(QuestionType type) => type switch
    {
        QuestionType.Nps => "NPS (0-10)",
        QuestionType.OpenText => "Open text",
        _ => Capitalized(type.ToLabel()),
    };

    private static string Capitalized(string label) => char.ToUpperInvariant(label[0]) + label[1..];

    private SkipCondition? Condition()
    {
        if (Blank.ToNull(ConditionQuestion) is not { } source)
        {
            return null;
        }
        // An option condition is always "includes"; a number condition keeps the chosen comparison.
        return Blank.ToNull(ConditionOption) is { } option
            ? new SkipCondition(source, SkipOperator.Equals, Option: option)
            : new SkipCondition(source, ConditionOperator, ConditionNumber);
    }

    private static Dictionary<string, string> Copy(LocalizedText? text) =>
        new(text ?? new LocalizedText(), StringComparer.OrdinalIgnoreCase);

    internal static LocalizedText Localized(Dictionary<string, string> text) =>
        new(text.Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToDictionary(t => t.Key, t => t.Value.Trim()));

    private static LocalizedText? LocalizedOrNull(Dictionary<string, string> text) => Localized(text) is { Count: > 0 } given ? given : null;
}

/// <summary>An option of a choice question or a row of a matrix, as the designer edits it.</summary>
public sealed class OptionDraft
{
    public string Key { get; set; } = "";
    public Dictionary<string, string> Text { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public static OptionDraft Of(QuestionOption option) => new() { Key = option.Key, Text = new(option.Text, StringComparer.OrdinalIgnoreCase) };

    public QuestionOption ToOption() => new(Key.Trim(), QuestionDraft.Localized(Text));
}

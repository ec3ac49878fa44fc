namespace Dyad.Core.Surveys.Instruments;

/// <summary>A ready-made questionnaire a survey can start from; its key is stored with the survey to pick its analysis.</summary>
public sealed record Instrument(string Key, string Name, string Description, IReadOnlyList<string> Languages, IReadOnlyList<Question> Questions);

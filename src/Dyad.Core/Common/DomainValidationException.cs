namespace Dyad.Core.Common;

/// <summary>A requested change breaks a domain rule; <see cref="Errors"/> names the offending fields.</summary>
public sealed class DomainValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static DomainValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>The same refusal with every field named inside <paramref name="prefix"/>, e.g. "practices[1]." + "Engagement".</summary>
    public DomainValidationException Within(string prefix) =>
        prefix.Length == 0 ? this : new(Errors.ToDictionary(e => prefix + e.Key, e => e.Value));
}

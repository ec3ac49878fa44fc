namespace Dyad.Core.Common;

/// <summary>A requested change breaks a domain rule; <see cref="Errors"/> names the offending fields.</summary>
public sealed class DomainValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static DomainValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

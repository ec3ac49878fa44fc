namespace Dyad.Core.Common;

/// <summary>Validation messages keyed by field name, in the shape RFC 7807 validation problems use.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.OrdinalIgnoreCase);

    public bool IsEmpty => _errors.Count == 0;

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
        return this;
    }

    public FieldErrors Require(string field, string? value, int maxLength, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{label} is required.");
        }
        else if (value.Trim().Length > maxLength)
        {
            Add(field, $"{label} must be at most {maxLength} characters.");
        }
        return this;
    }

    public FieldErrors MaxLength(string field, string? value, int maxLength, string label)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            Add(field, $"{label} must be at most {maxLength} characters.");
        }
        return this;
    }

    public FieldErrors Defined<TEnum>(string field, TEnum value, string label) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, $"{label} must be one of: {string.Join(", ", Enum.GetNames<TEnum>().Select(EnumText.ToSnakeCase))}.");
        }
        return this;
    }

    /// <summary>Adds every message of another check, so rules kept apart report together.</summary>
    public FieldErrors Add(FieldErrors other)
    {
        foreach (var (field, messages) in other._errors)
        {
            messages.ForEach(m => Add(field, m));
        }
        return this;
    }

    /// <summary>Adds the messages of a check that throws, so it reports together with the checks that collect.</summary>
    public FieldErrors Add(DomainValidationException refused)
    {
        foreach (var (field, messages) in refused.Errors)
        {
            Array.ForEach(messages, m => Add(field, m));
        }
        return this;
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Throws when any message was collected, so an invalid change never reaches an entity.</summary>
    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new DomainValidationException(ToDictionary());
        }
    }
}

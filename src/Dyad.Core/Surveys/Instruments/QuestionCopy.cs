namespace Dyad.Core.Surveys.Instruments;

/// <summary>Copying questions from an instrument, the bank or another survey into a survey's own list.</summary>
public static class QuestionCopy
{
    /// <summary>
    /// The existing questions followed by the copies. A copy whose key is taken gets the first free <c>key_2</c>,
    /// <c>key_3</c> ..., and skip logic among the copies follows the renaming; a condition on a question that was
    /// not copied is dropped, since it could only point at a different question of the same key.
    /// </summary>
    public static IReadOnlyList<Question> Append(IReadOnlyList<Question> existing, IReadOnlyList<Question> copies)
    {
        var taken = new HashSet<string>(existing.Select(q => q.Key), StringComparer.Ordinal);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = existing.ToList();
        foreach (var copy in copies)
        {
            var key = FreeKey(copy.Key, taken);
            taken.Add(key);
            var condition = copy.ShowWhen is { } when && renamed.TryGetValue(when.Question, out var source) ? when with { Question = source } : null;
            renamed[copy.Key] = key;
            result.Add(copy with { Key = key, ShowWhen = condition });
        }
        return result;
    }

    /// <summary>The question as the bank keeps it: standalone, so without skip logic.</summary>
    public static Question ForBank(Question question) => question with { ShowWhen = null };

    private static string FreeKey(string key, HashSet<string> taken)
    {
        if (!taken.Contains(key))
        {
            return key;
        }
        var stem = key.Length > Questionnaire.KeyMaxLength - 4 ? key[..(Questionnaire.KeyMaxLength - 4)] : key;
        var n = 2;
        while (taken.Contains($"{stem}_{n}"))
        {
            n++;
        }
        return $"{stem}_{n}";
    }
}

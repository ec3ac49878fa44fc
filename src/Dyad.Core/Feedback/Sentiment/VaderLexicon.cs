using System.Globalization;

namespace Dyad.Core.Feedback.Sentiment;

/// <summary>
/// VADER's word list: each lower-case token (word, slang, emoticon) with its mean valence, -4..4, rated by
/// ten people. Shipped unchanged as an embedded resource (see VADER-LICENSE.txt beside it).
/// </summary>
public sealed class VaderLexicon
{
    private const string ResourceName = "Dyad.Core.Feedback.Sentiment.vader_lexicon.txt";

    private readonly Dictionary<string, double> _valences;

    private VaderLexicon(Dictionary<string, double> valences) => _valences = valences;

    private static readonly Lazy<VaderLexicon> English = new(Load);

    public static VaderLexicon BuiltIn => English.Value;

    public int Count => _valences.Count;

    public bool TryGetValence(string lowerCaseToken, out double valence) => _valences.TryGetValue(lowerCaseToken, out valence);

    public bool Contains(string lowerCaseToken) => _valences.ContainsKey(lowerCaseToken);

    /// <summary>
    /// Reads lines of "token TAB mean TAB deviation TAB ratings". A token listed twice keeps its last
    /// rating, as the reference implementation's lexicon does.
    /// </summary>
    public static VaderLexicon Parse(TextReader reader)
    {
        var valences = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2)
            {
                valences[fields[0]] = double.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }
        return new VaderLexicon(valences);
    }

    private static VaderLexicon Load()
    {
        using var stream = typeof(VaderLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}

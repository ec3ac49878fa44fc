namespace Dyad.Core.Feedback.Sentiment;

/// <summary>
/// VADER (Hutto &amp; Gilbert 2014): each token's lexicon valence, adjusted by the degree adverbs, negations
/// and idioms up to three tokens before it, by capitals, by a contrastive "but", and by the text's
/// exclamation and question marks; the sum normalised into the compound score. Written to give the same
/// scores as the npm package vader-sentiment 1.1.3, including its quirks, which the committed reference
/// corpus checks (tests/Dyad.Core.Tests/Feedback/Sentiment).
/// </summary>
public sealed class VaderAnalyser(VaderLexicon lexicon, string language) : ISentimentAnalyser
{
    public static VaderAnalyser English { get; } = new(VaderLexicon.BuiltIn, "en");

    public string Language { get; } = language;

    public SentimentScores Analyse(string text)
    {
        var vaderText = VaderText.Of(text);
        var tokens = vaderText.Tokens;
        var valences = new double[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            // A modifier carries no sentiment of its own; "kind of" is one even though "kind" is in the lexicon.
            var isModifier = VaderRules.Modifiers.ContainsKey(Lower(tokens[i]))
                || (Lower(tokens[i]) == "kind" && i < tokens.Count - 1 && Lower(tokens[i + 1]) == "of");
            valences[i] = isModifier ? 0 : Valence(vaderText, i);
        }
        WeighAroundBut(tokens, valences);
        return Score(valences, text);
    }

    private double Valence(VaderText text, int index)
    {
        var tokens = text.Tokens;
        if (!lexicon.TryGetValence(Lower(tokens[index]), out var valence))
        {
            return 0;
        }
        if (text.SomeButNotAllShouted && VaderText.IsShouted(tokens[index]))
        {
            valence += valence > 0 ? VaderRules.CapsIncrement : -VaderRules.CapsIncrement;
        }
        for (var distance = 0; distance < 3; distance++)
        {
            var before = index - distance - 1;
            // Only tokens without sentiment of their own modify the word after them.
            if (before < 0 || lexicon.Contains(Lower(tokens[before])))
            {
                continue;
            }
            valence += ModifierEffect(tokens[before], valence, text.SomeButNotAllShouted) * VaderRules.ModifierDistanceWeights[distance];
            valence = Negate(valence, tokens, distance, index);
            if (distance == 2)
            {
                valence = ApplyIdioms(valence, tokens, index);
            }
        }
        return AfterLeast(valence, tokens, index);
    }

    private static double ModifierEffect(string token, double valence, bool someButNotAllShouted)
    {
        if (!VaderRules.Modifiers.TryGetValue(Lower(token), out var effect))
        {
            return 0;
        }
        if (valence < 0)
        {
            effect = -effect;
        }
        if (someButNotAllShouted && VaderText.IsShouted(token))
        {
            effect += valence > 0 ? VaderRules.CapsIncrement : -VaderRules.CapsIncrement;
        }
        return effect;
    }

    private static double Negate(double valence, IReadOnlyList<string> tokens, int distance, int index)
    {
        var negator = tokens[index - distance - 1];
        return distance switch
        {
            0 when IsNegation(negator) => valence * VaderRules.NegationScalar,
            1 when tokens[index - 2] == "never" && IsSoOrThis(tokens[index - 1]) => valence * VaderRules.NeverSoWeight,
            2 when (tokens[index - 3] == "never" && IsSoOrThis(tokens[index - 2])) || IsSoOrThis(tokens[index - 1]) =>
                valence * VaderRules.DistantSoWeight,
            1 or 2 when IsNegation(negator) => valence * VaderRules.NegationScalar,
            _ => valence,
        };
    }

    private static bool IsSoOrThis(string token) => token is "so" or "this";

    private static bool IsNegation(string token) => VaderRules.Negations.Contains(token) || token.Contains("n't", StringComparison.Ordinal);

    /// <summary>An idiom around the word replaces its valence; a two-word dampener before it ("sort of") weakens it.</summary>
    private static double ApplyIdioms(double valence, IReadOnlyList<string> tokens, int index)
    {
        string Join(int from, int to) => string.Join(' ', Enumerable.Range(from, to - from + 1).Select(i => tokens[i]));

        string[] endingHere = [Join(index - 1, index), Join(index - 2, index), Join(index - 2, index - 1), Join(index - 3, index - 1), Join(index - 3, index - 2)];
        var idiom = endingHere.FirstOrDefault(VaderRules.Idioms.ContainsKey);
        if (idiom is not null)
        {
            valence = VaderRules.Idioms[idiom];
        }
        if (index + 1 < tokens.Count && VaderRules.Idioms.TryGetValue(Join(index, index + 1), out var startingHere))
        {
            valence = startingHere;
        }
        if (index + 2 < tokens.Count && VaderRules.Idioms.TryGetValue(Join(index, index + 2), out var threeWords))
        {
            valence = threeWords;
        }
        if (VaderRules.Modifiers.ContainsKey(Join(index - 3, index - 2)) || VaderRules.Modifiers.ContainsKey(Join(index - 2, index - 1)))
        {
            valence += VaderRules.DampenerIncrement;
        }
        return valence;
    }

    /// <summary>"least good" negates; "at least good" and "very least good" do not.</summary>
    private double AfterLeast(double valence, IReadOnlyList<string> tokens, int index)
    {
        if (index == 0 || Lower(tokens[index - 1]) != "least" || lexicon.Contains("least"))
        {
            return valence;
        }
        var qualified = index > 1 && Lower(tokens[index - 2]) is "at" or "very";
        return qualified ? valence : valence * VaderRules.NegationScalar;
    }

    private static void WeighAroundBut(IReadOnlyList<string> tokens, double[] valences)
    {
        var list = tokens.ToList();
        var but = list.IndexOf("but") is >= 0 and var lower ? lower : list.IndexOf("BUT");
        if (but < 0)
        {
            return;
        }
        for (var i = 0; i < valences.Length; i++)
        {
            valences[i] *= i < but ? VaderRules.BeforeButWeight : i > but ? VaderRules.AfterButWeight : 1;
        }
    }

    private static SentimentScores Score(double[] valences, string text)
    {
        if (valences.Length == 0)
        {
            return SentimentScores.None;
        }
        var emphasis = PunctuationEmphasis(text);
        var sum = valences.Sum();
        sum += Math.Sign(sum) * emphasis;
        var compound = Math.Clamp(sum / Math.Sqrt(sum * sum + VaderRules.NormalisationAlpha), -1, 1);

        // Each sentiment word counts one more than its valence so that it weighs against the neutral words, which count one each.
        var positive = valences.Where(v => v > 0).Sum(v => v + 1);
        var negative = valences.Where(v => v < 0).Sum(v => 1 - v);
        var neutral = valences.Count(v => v == 0);
        if (positive > negative)
        {
            positive += emphasis;
        }
        else if (positive < negative)
        {
            negative += emphasis;
        }
        var total = positive + negative + neutral;
        return new SentimentScores(Round(compound, 4), Round(positive / total, 3), Round(neutral / total, 3), Round(negative / total, 3));
    }

    private static double PunctuationEmphasis(string text)
    {
        var exclamations = Math.Min(text.Count(c => c == '!'), VaderRules.MaxExclamationMarks);
        var questions = text.Count(c => c == '?');
        var questionEmphasis = questions switch
        {
            <= 1 => 0,
            <= VaderRules.MaxCountedQuestionMarks => questions * VaderRules.QuestionMarkIncrement,
            _ => VaderRules.ManyQuestionMarksIncrement,
        };
        return exclamations * VaderRules.ExclamationIncrement + questionEmphasis;
    }

    /// <summary>Rounds half away from zero in decimal, as the reference's toFixed does for the values it prints.</summary>
    private static double Round(double value, int digits) => (double)Math.Round((decimal)value, digits, MidpointRounding.AwayFromZero);

    private static string Lower(string token) => token.ToLowerInvariant();
}

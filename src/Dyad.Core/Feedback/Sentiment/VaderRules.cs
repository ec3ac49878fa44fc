namespace Dyad.Core.Feedback.Sentiment;

/// <summary>
/// The constants and word lists of VADER's five heuristics (Hutto &amp; Gilbert 2014, section 3.3 and the
/// reference implementation's documented behaviour): degree adverbs, negations, contrastive "but",
/// capitals and punctuation. The numbers are the paper's empirically derived mean rating changes.
/// </summary>
internal static class VaderRules
{
    /// <summary>A booster ("extremely good") moves a word's valence this far away from zero.</summary>
    public const double BoosterIncrement = 0.293;

    /// <summary>A dampener ("slightly good") moves it this far towards zero.</summary>
    public const double DampenerIncrement = -0.293;

    /// <summary>A sentiment word in capitals amid lower-case text ("GREAT service") gains this much intensity.</summary>
    public const double CapsIncrement = 0.733;

    /// <summary>A negated word ("not good") keeps this share of its valence, with the sign flipped.</summary>
    public const double NegationScalar = -0.74;

    /// <summary>Each exclamation mark, up to <see cref="MaxExclamationMarks"/>, adds this much intensity.</summary>
    public const double ExclamationIncrement = 0.292;

    public const int MaxExclamationMarks = 4;

    /// <summary>Two or three question marks add this much each; more add <see cref="ManyQuestionMarksIncrement"/>.</summary>
    public const double QuestionMarkIncrement = 0.18;

    public const int MaxCountedQuestionMarks = 3;

    public const double ManyQuestionMarksIncrement = 0.96;

    /// <summary>Normalising constant: compound = sum / sqrt(sum² + alpha), approximating the largest expected sum.</summary>
    public const double NormalisationAlpha = 15;

    /// <summary>Sentiment before "but" is halved; after it, it counts one and a half times.</summary>
    public const double BeforeButWeight = 0.5;

    public const double AfterButWeight = 1.5;

    /// <summary>A modifier two words before the sentiment word acts at 95 %, three words before at 90 %.</summary>
    public static readonly double[] ModifierDistanceWeights = [1.0, 0.95, 0.9];

    /// <summary>"never so good", "never this good": emphasis, not negation.</summary>
    public const double NeverSoWeight = 1.5;

    public const double DistantSoWeight = 1.25;

    /// <summary>ASCII punctuation, the characters trimmed from a word's edges.</summary>
    public const string Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary>Punctuation runs trimmed from the start or end of a word; longer runs ("good!!!!") stay attached.</summary>
    public static readonly HashSet<string> TrimmablePunctuation =
        [".", "!", "?", ",", ";", ":", "-", "'", "\"", "!!", "!!!", "??", "???", "?!?", "!?!", "?!?!", "!?!?"];

    /// <summary>Words that negate what follows (case-sensitive, as in the reference); any word with "n't" does too.</summary>
    public static readonly HashSet<string> Negations =
    [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't", "couldn't",
        "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "don't",
        "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor",
        "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't",
        "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom",
        "despite",
    ];

    /// <summary>Degree adverbs (lower case) and the intensity they add (boosters) or take away (dampeners).</summary>
    public static readonly Dictionary<string, double> Modifiers = BuildModifiers();

    /// <summary>Fixed phrases whose sentiment is not the sum of their words ("cut the mustard").</summary>
    public static readonly Dictionary<string, double> Idioms = new(StringComparer.Ordinal)
    {
        ["the shit"] = 3,
        ["the bomb"] = 3,
        ["bad ass"] = 1.5,
        ["yeah right"] = -2,
        ["cut the mustard"] = 2,
        ["kiss of death"] = -1.5,
        ["hand to mouth"] = -2,
    };

    private static Dictionary<string, double> BuildModifiers()
    {
        string[] boosters =
        [
            "absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply", "effing", "enormously",
            "entirely", "especially", "exceptionally", "extremely", "fabulously", "flipping", "flippin", "fricking", "frickin",
            "frigging", "friggin", "fully", "fucking", "greatly", "hella", "highly", "hugely", "incredibly", "intensely",
            "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
            "thoroughly", "totally", "tremendously", "uber", "unbelievably", "unusually", "utterly", "very",
        ];
        string[] dampeners =
        [
            "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little",
            "marginally", "occasionally", "partly", "scarcely", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of",
        ];
        var modifiers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in boosters)
        {
            modifiers[word] = BoosterIncrement;
        }
        foreach (var word in dampeners)
        {
            modifiers[word] = DampenerIncrement;
        }
        return modifiers;
    }
}

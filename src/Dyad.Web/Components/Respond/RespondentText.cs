using System.Globalization;

namespace Dyad.Web.Components.Respond;

/// <summary>
/// The words of the respondent page around the questions, in the languages surveys are usually written in; a
/// survey in another language gets these in English while its questions stay in its own.
/// </summary>
public sealed record RespondentText(
    string Required,
    string RequiredLegend,
    string Submit,
    string Submitting,
    string Progress,
    string Saved,
    string Problems,
    string ThankYou,
    string AlreadyAnswered,
    string Expired,
    string NotOpen,
    string NotFound,
    string Language,
    string MoveUp,
    string MoveDown,
    string KeepOrder,
    string Moved)
{
    private static readonly RespondentText English = new(
        "required", "Questions marked * need an answer.", "Send my answers", "Sending…",
        "{0} of {1} required questions answered", "Your answers are saved as you go; you can come back to this link later.",
        "Please check the questions below:", "Thank you for your answers.",
        "You have already answered — thank you. Your answers arrived on {0}.",
        "This link has expired. If you still want to answer, please ask your contact for a new one.",
        "This survey is not taking answers at the moment. Thank you for your interest.",
        "This link does not open a survey. Please check that it was copied completely.",
        "Language", "Move {0} up", "Move {0} down", "Keep this order", "{0} is now number {1}.");

    private static readonly RespondentText Dutch = new(
        "verplicht", "Vragen met * moeten worden beantwoord.", "Verstuur mijn antwoorden", "Bezig met versturen…",
        "{0} van {1} verplichte vragen beantwoord", "Uw antwoorden worden tussentijds bewaard; u kunt later via deze link verder gaan.",
        "Controleer de onderstaande vragen:", "Hartelijk dank voor uw antwoorden.",
        "U hebt al geantwoord — dank u wel. Uw antwoorden kwamen binnen op {0}.",
        "Deze link is verlopen. Wilt u toch antwoorden, vraag dan uw contactpersoon om een nieuwe link.",
        "Deze enquête neemt op dit moment geen antwoorden aan. Dank voor uw interesse.",
        "Deze link opent geen enquête. Controleer of hij volledig is gekopieerd.",
        "Taal", "{0} omhoog", "{0} omlaag", "Deze volgorde houden", "{0} staat nu op plaats {1}.");

    private static readonly RespondentText Finnish = new(
        "pakollinen", "Tähdellä * merkittyihin kysymyksiin tarvitaan vastaus.", "Lähetä vastaukseni", "Lähetetään…",
        "{0}/{1} pakollista kysymystä vastattu", "Vastauksesi tallentuvat sitä mukaa; voit palata tähän linkkiin myöhemmin.",
        "Tarkista alla olevat kysymykset:", "Kiitos vastauksistasi.",
        "Olet jo vastannut — kiitos. Vastauksesi saapuivat {0}.",
        "Tämä linkki on vanhentunut. Jos haluat vielä vastata, pyydä yhteyshenkilöltäsi uusi linkki.",
        "Tähän kyselyyn ei juuri nyt voi vastata. Kiitos kiinnostuksestasi.",
        "Tämä linkki ei avaa kyselyä. Tarkista, että se on kopioitu kokonaan.",
        "Kieli", "Siirrä {0} ylös", "Siirrä {0} alas", "Pidä tämä järjestys", "{0} on nyt sijalla {1}.");

    /// <summary>Endonyms, so a respondent finds their language in the switcher whatever language the page is in.</summary>
    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["nl"] = "Nederlands", ["fi"] = "Suomi", ["sv"] = "Svenska", ["de"] = "Deutsch", ["fr"] = "Français",
        ["es"] = "Español", ["it"] = "Italiano", ["da"] = "Dansk", ["no"] = "Norsk", ["pl"] = "Polski", ["pt"] = "Português",
    };

    /// <summary>The languages the page's own wording is written in; any other falls back to English.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "nl", "fi"];

    public static RespondentText For(string language) => language.ToLowerInvariant() switch
    {
        "nl" => Dutch,
        "fi" => Finnish,
        _ => English,
    };

    public static string NameOf(string language) => LanguageNames.GetValueOrDefault(language, language.ToUpperInvariant());

    /// <summary>A date as the respondent's language writes it, falling back to English for a code .NET does not know.</summary>
    public static string Date(DateTimeOffset when, string language)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            culture = CultureInfo.GetCultureInfo("en");
        }
        return when.UtcDateTime.ToString("D", culture);
    }
}

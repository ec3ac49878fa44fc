using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;

namespace Dyad.Data.Privacy;

/// <summary>
/// Clears personal fields through the change tracker rather than the domain: erasure is a data-protection duty that overrides
/// the rules of normal use, and going through the tracker keeps every change in the audit log.
/// </summary>
internal static class Anonymise
{
    public static void Invitation(DyadDbContext db, SurveyInvitation invitation)
    {
        var entry = db.Entry(invitation);
        entry.Property(i => i.Email).CurrentValue = null;
        entry.Property(i => i.Draft).CurrentValue = new Dictionary<string, Answer>();
    }

    public static void ResponseLink(DyadDbContext db, SurveyResponse response) =>
        db.Entry(response).Property(r => r.StakeholderId).CurrentValue = null;
}

using Dyad.Core.Common;
using Dyad.Core.Events;
using Dyad.Core.Feedback.Sentiment;
using Dyad.Core.Handbook;
using Dyad.Core.JourneyDesign;
using Dyad.Data.Feedback;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Handbook;

/// <summary>
/// Gathers what the handbook is generated from: the codebooks' keywords, every customer answer and employee note coded as
/// the feedback inbox codes them (manual corrections and cards included), and every practice used in a critical event.
/// </summary>
internal sealed class HandbookInputsReader(DyadDbContext db, SentimentAnalysers analysers)
{
    public async Task<HandbookInputs> ReadAsync(CancellationToken cancellationToken)
    {
        var workspaceId = db.Scope.WorkspaceId!.Value;
        var workspace = await db.Workspaces.AsNoTracking().Where(w => w.Id == workspaceId).Select(w => w.Name).SingleAsync(cancellationToken);
        var reader = new FeedbackItems(db, analysers);
        var (codebook, answers) = await reader.ReadAsync(db.SurveyResponses, cancellationToken);
        var notes = await reader.ReadNotesAsync(db.EmployeeNotes, codebook, cancellationToken);
        var voices = answers.Select(a => new HandbookVoice(VoiceSource.Customer, a.Text, a.Topic, a.Keywords, a.Card, CustomerAttribution(a),
                DateOnly.FromDateTime(a.SubmittedAt.UtcDateTime)))
            .Concat(notes.Select(n => new HandbookVoice(VoiceSource.Employee, n.Text, null, n.Keywords, n.Card,
                string.Join(", ", new[] { n.Author, n.NoteKind?.Replace('_', ' ') }.OfType<string>()), DateOnly.FromDateTime(n.SubmittedAt.UtcDateTime))))
            .ToList();

        var uses = await (
                from used in db.EventPractices
                join criticalEvent in db.CriticalEvents on used.EventId equals criticalEvent.Id
                join practice in db.Practices on used.PracticeId equals practice.Id
                join phase in db.JourneyPhases on new { criticalEvent.TemplateId, Number = criticalEvent.Phase } equals new { phase.TemplateId, phase.Number }
                    into phases
                from phase in phases.DefaultIfEmpty()
                select new
                {
                    practice.Name, practice.Key, practice.Polarity, criticalEvent.Phase, criticalEvent.Sequence, criticalEvent.Title,
                    criticalEvent.WhatHappened, criticalEvent.ProviderAction, criticalEvent.CustomerReaction, criticalEvent.Outcome,
                    criticalEvent.ProviderStaff, criticalEvent.StateBefore, criticalEvent.StateAfter, criticalEvent.BeyondRepair,
                    LeadRole = phase == null ? null : phase.LeadRole,
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var practices = uses
            .Select(u => new HandbookPracticeUse(
                new PracticeInEvent(u.Name, u.Polarity, new ExperienceChange(u.StateBefore, u.StateAfter, u.BeyondRepair)), u.Key,
                $"{u.Phase}.{u.Sequence}", u.Title,
                string.Join(" ", new[] { u.WhatHappened, u.ProviderAction, u.CustomerReaction, u.Outcome }.OfType<string>()),
                u.ProviderStaff, u.LeadRole))
            .OrderBy(p => p.CaseId, StringComparer.Ordinal)
            .ToList();
        return new HandbookInputs(workspace, codebook.Codebook.Keywords, voices, practices);
    }

    /// <summary>Who answered, as far as the handbook should say: the role and the firm, never the person's name.</summary>
    private static string CustomerAttribution(FeedbackItemView answer)
    {
        var role = answer.StakeholderRole is { } given && Enum.TryParse<Core.Accounts.BuyingCentreRole>(given, out var parsed)
            ? parsed.ToLabel()
            : "customer";
        return answer.AccountName is { } account ? $"{role} at {account}" : role;
    }
}

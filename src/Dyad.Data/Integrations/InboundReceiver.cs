using System.Text;
using System.Text.Json;
using Dyad.Core.Common;
using Dyad.Core.Integrations;
using Dyad.Core.Touchpoints;
using Dyad.Data.Audit;
using Dyad.Data.Common;
using Dyad.Data.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dyad.Data.Integrations;

/// <summary>
/// Takes one POST to an inbound endpoint's secret address and turns it into a touchpoint occurrence. Nobody is signed in:
/// the token finds the workspace (the only query across workspaces), and the rest runs in a scope of that workspace,
/// audited as the endpoint. Every delivery to a known address is logged with what came of it.
/// </summary>
public sealed class InboundReceiver(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <returns>What to answer, or null when no endpoint has this address (404, not logged: there is nothing to log it to).</returns>
    public async Task<InboundOutcome?> ReceiveAsync(string token, Func<string, string?> header, byte[] body, CancellationToken cancellationToken = default)
    {
        var hash = InboundEndpoint.HashOf(token);
        Guid? workspaceId;
        await using (var lookup = scopes.CreateAsyncScope())
        {
            await using var any = await lookup.ServiceProvider.GetRequiredService<IDbContextFactory<DyadDbContext>>().CreateDbContextAsync(cancellationToken);
            workspaceId = await any.InboundEndpoints.IgnoreQueryFilters().Where(e => e.TokenHash == hash)
                .Select(e => (Guid?)e.WorkspaceId).SingleOrDefaultAsync(cancellationToken);
        }
        if (workspaceId is null)
        {
            return null;
        }
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId.Value);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<DyadDbContext>>().CreateDbContextAsync(cancellationToken);
        var endpoint = await db.InboundEndpoints.AsNoTracking().SingleAsync(e => e.TokenHash == hash, cancellationToken);
        scope.ServiceProvider.GetRequiredService<AuditContext>().ActAs(new AuditActor(ActorKind.System, null, null, $"inbound webhook '{endpoint.Name}'"));

        var now = clock.GetUtcNow();
        var text = Encoding.UTF8.GetString(body);
        if (endpoint.Admit(header, body, now) is { } refusal)
        {
            return await LogAsync(db, InboundDelivery.Rejected(endpoint, now, endpoint.Active ? 401 : 403, refusal, null, text), cancellationToken);
        }
        JsonElement payload;
        try
        {
            using var document = JsonDocument.Parse(body);
            payload = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return await LogAsync(db, InboundDelivery.Rejected(endpoint, now, 400, $"The body is not JSON: {ex.Message}", null, text), cancellationToken);
        }
        MappedOccurrence mapped;
        try
        {
            mapped = InboundMapper.Map(payload, endpoint.Mapping);
        }
        catch (PayloadMappingException ex)
        {
            var logged = await LogAsync(db, InboundDelivery.Rejected(endpoint, now, 422, ex.Message, null, text), cancellationToken);
            return logged with { Errors = ex.Errors };
        }
        if (await FirstOccurrenceAsync(db, endpoint, mapped.ExternalId, cancellationToken) is { } earlier)
        {
            return await LogAsync(db, InboundDelivery.Duplicate(endpoint, now, mapped.ExternalId, earlier, text), cancellationToken);
        }
        var (target, reason) = await OccurrenceResolver.ResolveAsync(db, mapped, cancellationToken);
        if (target is null)
        {
            return await LogAsync(db, InboundDelivery.Rejected(endpoint, now, 422, reason!, mapped.ExternalId, text), cancellationToken);
        }
        TouchpointOccurrence occurrence;
        try
        {
            var involved = target.Stakeholder is null ? [] : new[] { target.Stakeholder };
            occurrence = new TouchpointOccurrence(target.Touchpoint, target.AccountId, involved,
                new OccurrenceDetails(mapped.OccurredAt ?? now, mapped.Note, involved.Select(s => s.Id).ToList()), now);
        }
        catch (DomainValidationException ex)
        {
            var logged = await LogAsync(db, InboundDelivery.Rejected(endpoint, now, 422, ex.Message, mapped.ExternalId, text), cancellationToken);
            return logged with { Errors = ex.Errors };
        }
        var accepted = InboundDelivery.Accepted(endpoint, now, mapped.ExternalId, occurrence.Id, text);
        db.TouchpointOccurrences.Add(occurrence);
        db.InboundDeliveries.Add(accepted);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome(accepted);
        }
        catch (DbUpdateException ex) when (DbContextExtensions.IsUniqueViolation(ex))
        {
            // The same external id arrived twice at once and the other delivery won: this one made nothing.
            db.ChangeTracker.Clear();
            var first = await FirstOccurrenceAsync(db, endpoint, mapped.ExternalId, cancellationToken)
                        ?? throw new InvalidOperationException("A unique clash without the accepted delivery it clashed with.", ex);
            return await LogAsync(db, InboundDelivery.Duplicate(endpoint, now, mapped.ExternalId, first, text), cancellationToken);
        }
    }

    private static Task<Guid?> FirstOccurrenceAsync(DyadDbContext db, InboundEndpoint endpoint, string externalId, CancellationToken cancellationToken)
    {
        var key = InboundDelivery.KeyOf(endpoint.Id, externalId);
        return db.InboundDeliveries.AsNoTracking().Where(d => d.AcceptedKey == key).Select(d => d.OccurrenceId).SingleOrDefaultAsync(cancellationToken);
    }

    private static async Task<InboundOutcome> LogAsync(DyadDbContext db, InboundDelivery delivery, CancellationToken cancellationToken)
    {
        db.InboundDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome(delivery);
    }

    private static InboundOutcome Outcome(InboundDelivery d) => new(d.StatusCode, d.Status, d.Id, d.OccurrenceId, d.Reason);
}

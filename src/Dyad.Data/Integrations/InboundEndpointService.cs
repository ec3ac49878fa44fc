using System.Text.Json;
using Dyad.Core.Common;
using Dyad.Core.Integrations;
using Dyad.Data.Common;
using Dyad.Data.Surveys.Distribution;
using Microsoft.EntityFrameworkCore;

namespace Dyad.Data.Integrations;

/// <summary>The workspace's inbound endpoints, their delivery log, and trying a mapping on a payload.</summary>
public sealed class InboundEndpointService(IDbContextFactory<DyadDbContext> contexts, SurveyLinks links, TimeProvider clock)
{
    public const int MaxDeliveriesListed = 100;

    public async Task<IReadOnlyList<InboundEndpointView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var endpoints = await db.InboundEndpoints.AsNoTracking().ToListAsync(cancellationToken);
        return endpoints.OrderBy(e => e.CreatedAt).Select(InboundEndpointView.Of).ToList();
    }

    public async Task<InboundEndpointView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.InboundEndpoints.AsNoTracking().Where(e => e.Id == id).Select(e => InboundEndpointView.Of(e)).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<InboundEndpointAddress> CreateAsync(InboundEndpointDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (endpoint, token) = InboundEndpoint.Create(db.Scope.Required, details, clock.GetUtcNow());
        db.InboundEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return new InboundEndpointAddress(InboundEndpointView.Of(endpoint), AddressFor(token));
    }

    public async Task<InboundEndpointView?> UpdateAsync(Guid id, InboundEndpointDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.InboundEndpoints.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } endpoint)
        {
            return null;
        }
        endpoint.Update(details);
        await db.SaveChangesAsync(cancellationToken);
        return InboundEndpointView.Of(endpoint);
    }

    /// <summary>Gives the endpoint a new secret address; the old one answers 404 from now on.</summary>
    public async Task<InboundEndpointAddress?> NewAddressAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.InboundEndpoints.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } endpoint)
        {
            return null;
        }
        var token = endpoint.NewToken();
        await db.SaveChangesAsync(cancellationToken);
        return new InboundEndpointAddress(InboundEndpointView.Of(endpoint), AddressFor(token));
    }

    /// <summary>Removes the endpoint and its delivery log; the occurrences it made stay.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.InboundEndpoints.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } endpoint)
        {
            return false;
        }
        db.InboundEndpoints.Remove(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The delivery log's sort keys; <c>received_at</c> descending (newest first) unless asked otherwise.</summary>
    public static readonly CursorSort<InboundDelivery> DeliverySorts = new CursorSort<InboundDelivery>(d => d.Id)
        .By("received_at", d => d.ReceivedAt, SortOrder.Desc);

    /// <summary>A page of the endpoint's deliveries, optionally of one outcome; null when there is no such endpoint.</summary>
    public async Task<CursorPage<InboundDeliveryView>?> DeliveriesAsync(Guid id, InboundDeliveryStatus? status, CursorRequest page,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.InboundEndpoints.AnyAsync(e => e.Id == id, cancellationToken))
        {
            return null;
        }
        var deliveries = db.InboundDeliveries.AsNoTracking().Where(d => d.EndpointId == id);
        if (status is { } wanted)
        {
            deliveries = deliveries.Where(d => d.Status == wanted);
        }
        return (await DeliverySorts.PageAsync(deliveries, page, cancellationToken)).Select(InboundDeliveryView.Of);
    }

    /// <summary>Reads the payload through the mapping and finds where it would land, storing nothing.</summary>
    public async Task<InboundTrial> TryAsync(InboundTrialRequest request, CancellationToken cancellationToken = default)
    {
        var mapping = request.Mapping ?? throw DomainValidationException.For(nameof(request.Mapping), "The mapping is required.");
        mapping.Validate().ThrowIfAny();
        JsonElement payload;
        try
        {
            using var document = JsonDocument.Parse(request.Payload ?? "");
            payload = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw DomainValidationException.For(nameof(request.Payload), $"The payload is not JSON: {ex.Message}");
        }
        MappedOccurrence mapped;
        try
        {
            mapped = InboundMapper.Map(payload, mapping);
        }
        catch (PayloadMappingException ex)
        {
            return new InboundTrial(null, ex.Errors, null, null, null, null, ex.Message);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (target, reason) = await OccurrenceResolver.ResolveAsync(db, mapped, cancellationToken);
        return new InboundTrial(mapped, null, target?.AccountName, target?.Touchpoint.Id, target?.Touchpoint.Name, target?.Stakeholder?.Name, reason);
    }

    private string AddressFor(string token) => $"{links.PublicBase}/api/v1/inbound/{token}";
}

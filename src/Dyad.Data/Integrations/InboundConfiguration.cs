using Dyad.Core.Integrations;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Integrations;

internal sealed class InboundEndpointConfiguration : IEntityTypeConfiguration<InboundEndpoint>
{
    public void Configure(EntityTypeBuilder<InboundEndpoint> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(InboundEndpointDetails.NameMaxLength);
        builder.Property(e => e.TokenHash).HasMaxLength(64);
        builder.Property(e => e.SignatureHeader).HasMaxLength(InboundEndpointDetails.HeaderMaxLength);
        builder.Property(e => e.TimestampHeader).HasMaxLength(InboundEndpointDetails.HeaderMaxLength);
        builder.Property(e => e.SigningSecret).HasMaxLength(InboundEndpointDetails.SecretMaxLength);
        builder.Property(e => e.SignatureAlgorithm).HasMaxLength(20);
        // Read and written whole with its endpoint, never queried path by path.
        builder.Property(e => e.Mapping).HasConversion(SurveyJson.Converter<InboundMapping>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<InboundMapping>());
        // The receiver finds an endpoint by its address's token before it knows the workspace.
        builder.HasIndex(e => e.TokenHash).IsUnique();
        builder.HasIndex(e => e.WorkspaceId);
    }
}

internal sealed class InboundDeliveryConfiguration : IEntityTypeConfiguration<InboundDelivery>
{
    public void Configure(EntityTypeBuilder<InboundDelivery> builder)
    {
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Reason).HasMaxLength(InboundDelivery.ReasonMaxLength);
        builder.Property(d => d.ExternalId).HasMaxLength(InboundMapper.ExternalIdMaxLength);
        builder.Property(d => d.AcceptedKey).HasMaxLength(InboundDelivery.AcceptedKeyMaxLength);
        builder.HasOne<InboundEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        // One occurrence per external id and endpoint: only accepted deliveries carry the key, and NULLs never clash.
        builder.HasIndex(d => d.AcceptedKey).IsUnique();
        builder.HasIndex(d => new { d.EndpointId, d.ReceivedAt });
    }
}

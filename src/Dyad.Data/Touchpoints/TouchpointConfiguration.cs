using Dyad.Core.Journeys;
using Dyad.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Touchpoints;

internal sealed class TouchpointConfiguration : IEntityTypeConfiguration<Touchpoint>
{
    public void Configure(EntityTypeBuilder<Touchpoint> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Owner).HasMaxLength(120);
        builder.Property(t => t.PartnerBrand).HasMaxLength(120);
        builder.Property(t => t.SuccessRate).HasPrecision(5, 4);
        builder.HasOne<Journey>().WithMany().HasForeignKey(t => t.JourneyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.WorkspaceId, t.JourneyId });
    }
}

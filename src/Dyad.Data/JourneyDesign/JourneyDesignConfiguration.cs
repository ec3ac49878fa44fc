using Dyad.Core.Journeys;
using Dyad.Core.JourneyDesign;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.JourneyDesign;

internal sealed class TemplateDesignConfiguration : IEntityTypeConfiguration<TemplateDesign>
{
    public void Configure(EntityTypeBuilder<TemplateDesign> builder)
    {
        builder.ToTable("TemplateDesigns");
        // A map is drawn, edited, compared and adopted whole, never queried by touchpoint.
        builder.Property(d => d.Touchpoints).HasConversion(SurveyJson.Converter<IReadOnlyList<MapTouchpoint>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<MapTouchpoint>>());
        builder.Property(d => d.Target!).HasConversion(SurveyJson.Converter<JourneyMap>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<JourneyMap>());
        builder.Property(d => d.TargetEditedBy).HasMaxLength(200);
        builder.Property(d => d.AdoptedBy).HasMaxLength(200);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.WorkspaceId, d.TemplateId }).IsUnique();
        builder.HasOne<JourneyTemplate>().WithMany().HasForeignKey(d => d.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}

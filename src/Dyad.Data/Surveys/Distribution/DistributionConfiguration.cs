using Dyad.Core.Journeys;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Dyad.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Surveys.Distribution;

internal sealed class SurveyTriggerConfiguration : IEntityTypeConfiguration<SurveyTrigger>
{
    public void Configure(EntityTypeBuilder<SurveyTrigger> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(TriggerDetails.NameMaxLength);
        builder.Property(t => t.TouchpointName).HasMaxLength(TriggerDetails.NameMaxLength);
        builder.Property(t => t.Segment).HasMaxLength(120);
        builder.HasOne<Survey>().WithMany().HasForeignKey(t => t.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(t => t.TouchpointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JourneyTemplate>().WithMany().HasForeignKey(t => t.TemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.WorkspaceId, t.SurveyId });
    }
}

internal sealed class DistributionSettingsConfiguration : IEntityTypeConfiguration<DistributionSettings>
{
    public void Configure(EntityTypeBuilder<DistributionSettings> builder)
    {
        builder.Ignore(s => s.Rules);
        builder.HasIndex(s => s.WorkspaceId).IsUnique();
    }
}

internal sealed class TouchpointOccurrenceConfiguration : IEntityTypeConfiguration<TouchpointOccurrence>
{
    public void Configure(EntityTypeBuilder<TouchpointOccurrence> builder)
    {
        builder.Property(o => o.Note).HasMaxLength(OccurrenceDetails.NoteMaxLength);
        builder.PrimitiveCollection(o => o.StakeholderIds);
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(o => o.TouchpointId).OnDelete(DeleteBehavior.Cascade);
        // Occurrences run into the millions: a touchpoint's history and the scheduler's "what happened since" both read
        // a time range, so both indexes end in the time.
        builder.HasIndex(o => new { o.WorkspaceId, o.TouchpointId, o.OccurredAt });
        builder.HasIndex(o => new { o.WorkspaceId, o.OccurredAt });
    }
}

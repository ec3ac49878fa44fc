using Dyad.Core.Experiences;
using Dyad.Core.Journeys;
using Dyad.Core.Surveys;
using Dyad.Core.Touchpoints;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Experiences;

internal sealed class TargetExperienceConfiguration : IEntityTypeConfiguration<TargetExperience>
{
    public void Configure(EntityTypeBuilder<TargetExperience> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(TargetExperienceDefinition.NameMaxLength);
        builder.Property(t => t.Granularity).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.Category).HasConversion<string>().HasMaxLength(40);
        // The definition is read and written whole, like a survey's questions; name, granularity and category are copied
        // out into columns for sorting and the matrix.
        builder.Property(t => t.Definition).HasConversion(SurveyJson.Converter<TargetExperienceDefinition>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<TargetExperienceDefinition>());
        builder.Ignore(t => t.IsArchived);
        builder.HasIndex(t => new { t.WorkspaceId, t.Name });
    }
}

internal sealed class TargetExperienceVersionConfiguration : IEntityTypeConfiguration<TargetExperienceVersion>
{
    public void Configure(EntityTypeBuilder<TargetExperienceVersion> builder)
    {
        builder.Property(v => v.Change).HasConversion<string>().HasMaxLength(40);
        builder.Property(v => v.ChangedBy).HasMaxLength(TargetExperienceVersion.ChangedByMaxLength);
        builder.Property(v => v.Definition).HasConversion(SurveyJson.Converter<TargetExperienceDefinition>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<TargetExperienceDefinition>());
        builder.HasOne<TargetExperience>().WithMany().HasForeignKey(v => v.TargetExperienceId).OnDelete(DeleteBehavior.Cascade);
        // Two editors saving at once both compute the next number; one of them must fail rather than share it.
        builder.HasIndex(v => new { v.TargetExperienceId, v.Number }).IsUnique();
    }
}

internal sealed class TargetExperienceLinkConfiguration : IEntityTypeConfiguration<TargetExperienceLink>
{
    public void Configure(EntityTypeBuilder<TargetExperienceLink> builder)
    {
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(l => l.QuestionKey).HasMaxLength(100);
        builder.Property(l => l.Keyword).HasMaxLength(Core.Feedback.Codebooks.Codebook.MaxKeywordLength);
        builder.Property(l => l.EvokeOptions).HasConversion(SurveyJson.Converter<IReadOnlyList<string>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<string>>());
        builder.Property(l => l.AvoidOptions).HasConversion(SurveyJson.Converter<IReadOnlyList<string>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<string>>());
        builder.Ignore(l => l.IsMeasure);
        builder.HasOne<TargetExperience>().WithMany().HasForeignKey(l => l.TargetExperienceId).OnDelete(DeleteBehavior.Cascade);
        // A link goes with what it points at: a deleted touchpoint, template or survey no longer carries the experience.
        builder.HasOne<JourneyTemplate>().WithMany().HasForeignKey(l => l.JourneyTemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(l => l.TouchpointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Survey>().WithMany().HasForeignKey(l => l.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.WorkspaceId, l.TargetExperienceId });
        builder.HasIndex(l => l.TouchpointId);
    }
}

using Dyad.Core.Initiatives;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Initiatives;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Title).HasMaxLength(InitiativeDetails.TitleMaxLength);
        builder.Property(i => i.Description).HasMaxLength(InitiativeDetails.DescriptionMaxLength);
        builder.Property(i => i.PrioritisedIn).HasMaxLength(10);
        builder.Property(i => i.CreatedBy).HasMaxLength(200);
        // Scope, stages and the measurement plan belong to the one initiative and are read and written with it.
        builder.Property(i => i.Scope).HasConversion(SurveyJson.Converter<InitiativeScope>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<InitiativeScope>());
        builder.Property(i => i.Stages).HasConversion(SurveyJson.Converter<IReadOnlyList<StageProgress>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<StageProgress>>());
        builder.Property(i => i.TargetExperienceIds).HasConversion(SurveyJson.Converter<IReadOnlyList<Guid>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<Guid>>());
        builder.Property(i => i.Measurement!).HasConversion(SurveyJson.Converter<MeasurementPlan>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<MeasurementPlan>());
        builder.Ignore(i => i.CurrentStage);
        builder.HasIndex(i => new { i.WorkspaceId, i.PrioritisedIn });
    }
}

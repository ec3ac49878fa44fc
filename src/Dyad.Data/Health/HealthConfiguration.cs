using Dyad.Core.Accounts;
using Dyad.Core.Health;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Health;

internal sealed class HealthSettingsConfiguration : IEntityTypeConfiguration<HealthSettings>
{
    public void Configure(EntityTypeBuilder<HealthSettings> builder)
    {
        // The weights are read and written whole with the scorecard, never queried one by one.
        builder.Property(s => s.Weights).HasConversion(SurveyJson.Converter<IReadOnlyList<InputWeight>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<InputWeight>>());
        builder.Ignore(s => s.Scorecard);
        builder.HasIndex(s => s.WorkspaceId).IsUnique();
    }
}

internal sealed class HealthSnapshotConfiguration : IEntityTypeConfiguration<HealthSnapshot>
{
    public void Configure(EntityTypeBuilder<HealthSnapshot> builder)
    {
        builder.Property(s => s.Rag).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Inputs).HasConversion(SurveyJson.Converter<IReadOnlyList<InputScore>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<InputScore>>());
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        // One snapshot per account and day: recomputing the day updates it (docs/account-health.md).
        builder.HasIndex(s => new { s.WorkspaceId, s.AccountId, s.Day }).IsUnique();
    }
}

using System.Text.Json;
using Dyad.Core.Accounts;
using Dyad.Core.Feedback.Analysis;
using Dyad.Core.Feedback.Inbox;
using Dyad.Core.Feedback.Notes;
using Dyad.Core.Touchpoints;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Feedback;

internal sealed class WorkspaceCodebookConfiguration : IEntityTypeConfiguration<WorkspaceCodebook>
{
    public void Configure(EntityTypeBuilder<WorkspaceCodebook> builder)
    {
        builder.ToTable("Codebooks");
        builder.Property(c => c.Name).HasMaxLength(WorkspaceCodebook.NameMaxLength);
        // A codebook is edited and applied whole, never queried by keyword.
        builder.Property(c => c.Keywords).HasConversion(SurveyJson.Converter<IReadOnlyList<OwnedKeyword>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<OwnedKeyword>>());
        // Codebooks stored before thresholds were kept per codebook had 004's built in; they keep them.
        builder.Property(c => c.Thresholds).HasConversion(SurveyJson.Converter<IReadOnlyList<TopicThreshold>>())
            .HasDefaultValueSql($"'{JsonSerializer.Serialize(WorkspaceCodebook.DefaultThresholds, SurveyJson.Options)}'").Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<TopicThreshold>>());
        builder.Property(c => c.OtherTopicsThreshold).HasDefaultValue(WorkspaceCodebook.DefaultOtherTopicsThreshold);
        builder.HasIndex(c => new { c.WorkspaceId, c.CreatedAt });
    }
}

internal sealed class FeedbackAnnotationConfiguration : IEntityTypeConfiguration<FeedbackAnnotation>
{
    public void Configure(EntityTypeBuilder<FeedbackAnnotation> builder)
    {
        builder.Property(a => a.Corrections).HasConversion(SurveyJson.Converter<IReadOnlyList<KeywordCorrection>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<KeywordCorrection>>());
        builder.Property(a => a.Card).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class EmployeeNoteConfiguration : IEntityTypeConfiguration<EmployeeNote>
{
    public void Configure(EntityTypeBuilder<EmployeeNote> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(EmployeeNoteDetails.TextMaxLength);
        builder.Property(n => n.Author).HasMaxLength(EmployeeNoteDetails.AuthorMaxLength);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        // A note outlives the account or touchpoint it named: it still says what employees believed.
        builder.HasOne<Account>().WithMany().HasForeignKey(n => n.AccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(n => n.TouchpointId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(n => new { n.WorkspaceId, n.Date });
    }
}

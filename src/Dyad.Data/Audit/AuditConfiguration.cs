using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.NameMaxLength);
        builder.Property(e => e.EntityType).HasMaxLength(AuditEntry.NameMaxLength);
        builder.Property(e => e.EntityId).HasMaxLength(AuditEntry.EntityIdMaxLength);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(40);
        // Read whole with their entry and never queried by property.
        builder.Property(e => e.Changes).HasConversion(SurveyJson.Converter<IReadOnlyList<AuditChange>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<AuditChange>>());
        // The log is read newest first within a workspace, narrowed by entity type, entity or user.
        builder.HasIndex(e => new { e.WorkspaceId, e.At });
        builder.HasIndex(e => new { e.WorkspaceId, e.EntityType, e.At });
        builder.HasIndex(e => new { e.WorkspaceId, e.EntityId });
        builder.HasIndex(e => new { e.WorkspaceId, e.ActorUserId, e.At });
    }
}

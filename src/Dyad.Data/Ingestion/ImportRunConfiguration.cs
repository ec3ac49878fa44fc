using Dyad.Core.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Ingestion;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.Property(r => r.Entity).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.FileName).HasMaxLength(ImportRun.FileNameMaxLength);
        builder.Property(r => r.FileHash).HasMaxLength(ImportRun.HashLength);
        builder.Property(r => r.StartedBy).HasMaxLength(ImportRun.ActorMaxLength);
        builder.Property(r => r.Error).HasMaxLength(ImportRun.ErrorMaxLength);
        builder.Ignore(r => r.Counts);
        // --resume finds the file's earlier run by its hash.
        builder.HasIndex(r => new { r.WorkspaceId, r.Entity, r.FileHash });
        builder.HasIndex(r => new { r.WorkspaceId, r.StartedAt });
    }
}

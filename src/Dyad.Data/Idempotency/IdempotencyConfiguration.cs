using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Idempotency;

internal sealed class IdempotencyConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Key).HasMaxLength(IdempotencyRecord.KeyMaxLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ContentType).HasMaxLength(200);
        builder.Property(r => r.Location).HasMaxLength(2000);
        builder.Ignore(r => r.Completed);
        builder.Ignore(r => r.Response);
        // The unique index is what makes a key's first request the only one that runs, even when two arrive together.
        builder.HasIndex(r => new { r.WorkspaceId, r.UserId, r.Key }).IsUnique();
        builder.HasIndex(r => new { r.WorkspaceId, r.CreatedAt });
    }
}

using Dyad.Core.Coding;
using Dyad.Core.Practices;
using Dyad.Core.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Practices;

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> builder)
    {
        builder.Property(p => p.Key).HasMaxLength(120);
        builder.Property(p => p.Name).HasMaxLength(PracticeDefinition.MaximumNameLength);
        builder.Property(p => p.Description).HasMaxLength(PracticeDefinition.MaximumDescriptionLength);
        builder.Property(p => p.AliasList).HasMaxLength(2000);
        builder.Property(p => p.SourceReferenceList).HasMaxLength(500);
        builder.Property(p => p.ActivityCode).HasMaxLength(4);
        builder.Ignore(p => p.Aliases);
        builder.Ignore(p => p.SourceReferences);
        builder.HasIndex(p => new { p.WorkspaceId, p.Key }).IsUnique();
        builder.HasIndex(p => new { p.WorkspaceId, p.Name }).IsUnique();
        builder.HasOne<Workspace>().WithMany().HasForeignKey(p => p.WorkspaceId);
        builder.HasOne<AggregateDimension>().WithMany().HasForeignKey(p => p.DimensionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class AggregateDimensionConfiguration : IEntityTypeConfiguration<AggregateDimension>
{
    public void Configure(EntityTypeBuilder<AggregateDimension> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(AggregateDimension.MaximumNameLength);
        builder.Property(d => d.Description).HasMaxLength(AggregateDimension.MaximumDescriptionLength);
        builder.HasIndex(d => new { d.WorkspaceId, d.Name }).IsUnique();
        builder.HasOne<Workspace>().WithMany().HasForeignKey(d => d.WorkspaceId);
    }
}

internal sealed class FirstOrderCodeConfiguration : IEntityTypeConfiguration<FirstOrderCode>
{
    public void Configure(EntityTypeBuilder<FirstOrderCode> builder)
    {
        builder.Property(c => c.Label).HasMaxLength(FirstOrderCode.MaximumLabelLength);
        builder.HasIndex(c => new { c.WorkspaceId, c.Label }).IsUnique();
        builder.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId);
        builder.HasOne<Practice>().WithMany().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.SetNull);
    }
}

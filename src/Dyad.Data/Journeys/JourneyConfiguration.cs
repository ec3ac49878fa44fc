using Dyad.Core.Accounts;
using Dyad.Core.Journeys;
using Dyad.Core.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Journeys;

internal sealed class JourneyTemplateConfiguration : IEntityTypeConfiguration<JourneyTemplate>
{
    public void Configure(EntityTypeBuilder<JourneyTemplate> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(120);
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.Ignore(t => t.PhasesInOrder);
        builder.HasIndex(t => new { t.WorkspaceId, t.Name }).IsUnique();
        builder.HasOne<Workspace>().WithMany().HasForeignKey(t => t.WorkspaceId);
        builder.HasMany(t => t.Phases).WithOne().HasForeignKey(p => p.TemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Phases).AutoInclude();
    }
}

internal sealed class JourneyPhaseConfiguration : IEntityTypeConfiguration<JourneyPhase>
{
    public void Configure(EntityTypeBuilder<JourneyPhase> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(120);
        builder.Property(p => p.LeadRole).HasMaxLength(120);
        builder.HasIndex(p => new { p.TemplateId, p.Number }).IsUnique();
    }
}

internal sealed class JourneyConfiguration : IEntityTypeConfiguration<Journey>
{
    public void Configure(EntityTypeBuilder<Journey> builder)
    {
        builder.Property(j => j.Name).HasMaxLength(200);
        builder.Ignore(j => j.HistoryInOrder);
        builder.HasOne<Account>().WithMany().HasForeignKey(j => j.AccountId).OnDelete(DeleteBehavior.Cascade);
        // A template cannot be deleted while journeys follow it.
        builder.HasOne<JourneyTemplate>().WithMany().HasForeignKey(j => j.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(j => j.History).WithOne().HasForeignKey(h => h.JourneyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(j => new { j.WorkspaceId, j.AccountId });
    }
}

internal sealed class JourneyPhaseChangeConfiguration : IEntityTypeConfiguration<JourneyPhaseChange>
{
    public void Configure(EntityTypeBuilder<JourneyPhaseChange> builder)
    {
        builder.Property(h => h.ChangedBy).HasMaxLength(200);
        builder.Property(h => h.Note).HasMaxLength(1000);
        builder.Ignore(h => h.IsStepBack);
    }
}

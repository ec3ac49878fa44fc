using Dyad.Core.Accounts;
using Dyad.Core.Coding;
using Dyad.Core.Events;
using Dyad.Core.Journeys;
using Dyad.Core.Practices;
using Dyad.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Events;

internal sealed class CriticalEventConfiguration : IEntityTypeConfiguration<CriticalEvent>
{
    public void Configure(EntityTypeBuilder<CriticalEvent> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(CriticalEventDetails.TitleMaxLength);
        builder.Property(e => e.WhatHappened).HasMaxLength(CriticalEventDetails.TextMaxLength);
        builder.Property(e => e.ProviderAction).HasMaxLength(CriticalEventDetails.TextMaxLength);
        builder.Property(e => e.CustomerReaction).HasMaxLength(CriticalEventDetails.TextMaxLength);
        builder.Property(e => e.Outcome).HasMaxLength(CriticalEventDetails.TextMaxLength);
        builder.Property(e => e.ProviderStaff).HasMaxLength(500);
        builder.Ignore(e => e.CaseId);
        builder.Ignore(e => e.Experience);
        builder.HasOne<Account>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Journey>().WithMany().HasForeignKey(e => e.JourneyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JourneyTemplate>().WithMany().HasForeignKey(e => e.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(e => e.TouchpointId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.Participants).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        // The case id phase.sequence is unique among the events of one template's journeys.
        builder.HasIndex(e => new { e.WorkspaceId, e.TemplateId, e.Phase, e.Sequence }).IsUnique();
        builder.HasIndex(e => new { e.WorkspaceId, e.AccountId, e.OccurredOn });
    }
}

internal sealed class EventParticipantConfiguration : IEntityTypeConfiguration<EventParticipant>
{
    public void Configure(EntityTypeBuilder<EventParticipant> builder)
    {
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(p => p.StakeholderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.EventId, p.StakeholderId }).IsUnique();
    }
}

internal sealed class EventPracticeConfiguration : IEntityTypeConfiguration<EventPractice>
{
    public void Configure(EntityTypeBuilder<EventPractice> builder)
    {
        builder.Ignore(p => p.Mode);
        builder.Ignore(p => p.Effect);
        builder.HasOne<CriticalEvent>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Practice>().WithMany().HasForeignKey(p => p.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.WorkspaceId, p.EventId });
    }
}

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.Property(e => e.Text).HasMaxLength(Evidence.TextMaxLength);
        builder.Property(e => e.Source).HasMaxLength(200);
        builder.Property(e => e.Page).HasMaxLength(40);
        builder.OwnsOne(e => e.File, file =>
        {
            file.Property(f => f.FileName).HasMaxLength(255);
            file.Property(f => f.ContentType).HasMaxLength(100);
            file.Property(f => f.StorageName).HasMaxLength(100);
        });
        builder.HasOne<CriticalEvent>().WithMany().HasForeignKey(e => e.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvidenceCodingConfiguration : IEntityTypeConfiguration<EvidenceCoding>
{
    public void Configure(EntityTypeBuilder<EvidenceCoding> builder)
    {
        builder.HasOne<Evidence>().WithMany().HasForeignKey(c => c.EvidenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FirstOrderCode>().WithMany().HasForeignKey(c => c.CodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.EvidenceId, c.CodeId }).IsUnique();
    }
}

using Dyad.Core.Accounts;
using Dyad.Core.Actions;
using Dyad.Core.Alerts;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Alerts;

internal sealed class CustomerCommunicationConfiguration : IEntityTypeConfiguration<CustomerCommunication>
{
    public void Configure(EntityTypeBuilder<CustomerCommunication> builder)
    {
        builder.ToTable("CustomerCommunications");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Summary).HasMaxLength(CommunicationDetails.SummaryMaxLength);
        builder.Property(c => c.AnsweredBy).HasMaxLength(CommunicationDetails.PersonMaxLength);
        builder.Property(c => c.PlannedAttendee).HasMaxLength(CommunicationDetails.PersonMaxLength);
        builder.Property(c => c.ActualAttendee).HasMaxLength(CommunicationDetails.PersonMaxLength);
        builder.Property(c => c.RecordedBy).HasMaxLength(CommunicationDetails.PersonMaxLength);
        builder.Property(c => c.Amount).HasPrecision(18, 2);
        builder.Ignore(c => c.HadStandIn);
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(c => c.StakeholderId).OnDelete(DeleteBehavior.SetNull);
        // A dispute means nothing without the commitment it disputes.
        builder.HasOne<CustomerCommunication>().WithMany().HasForeignKey(c => c.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.WorkspaceId, c.AccountId, c.OccurredAt });
    }
}

internal sealed class RelationshipChangeConfiguration : IEntityTypeConfiguration<RelationshipChange>
{
    public void Configure(EntityTypeBuilder<RelationshipChange> builder)
    {
        builder.Property(c => c.Aspect).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Subject).HasMaxLength(RelationshipChange.SubjectMaxLength);
        builder.Property(c => c.From).HasMaxLength(RelationshipChange.ValueMaxLength);
        builder.Property(c => c.To).HasMaxLength(RelationshipChange.ValueMaxLength);
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        // The history outlives a deleted touchpoint: the change happened all the same.
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(c => c.TouchpointId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.WorkspaceId, c.AccountId, c.ChangedAt });
    }
}

internal sealed class AlertEntityConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.Property(a => a.RuleKey).HasMaxLength(AlertRule.KeyMaxLength);
        builder.Property(a => a.ReasonKey).HasMaxLength(Finding.ReasonKeyMaxLength);
        builder.Property(a => a.Reason).HasMaxLength(Finding.ReasonMaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.ClosedBy).HasMaxLength(200);
        builder.Property(a => a.Note).HasMaxLength(Alert.NoteMaxLength);
        builder.Ignore(a => a.IsOpen);
        builder.Ignore(a => a.Silences);
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Cascade);
        // One open alert per account, rule and reason, however many evaluations run at once (docs/alerts.md). Both
        // SQLite and PostgreSQL read this filter alike.
        builder.HasIndex(a => new { a.WorkspaceId, a.AccountId, a.RuleKey, a.ReasonKey }).IsUnique()
            .HasFilter("\"Status\" = 'Open'").HasDatabaseName("IX_Alerts_OpenReason");
        builder.HasIndex(a => new { a.WorkspaceId, a.Status, a.LastSeenAt });
    }
}

internal sealed class AlertRuleSettingConfiguration : IEntityTypeConfiguration<AlertRuleSetting>
{
    public void Configure(EntityTypeBuilder<AlertRuleSetting> builder)
    {
        builder.Property(s => s.RuleKey).HasMaxLength(AlertRule.KeyMaxLength);
        builder.Property(s => s.Threshold).HasPrecision(18, 4);
        // Rows stored before rules could open actions read as the defaults a new row gets.
        builder.Property(s => s.ActionType).HasConversion<string>().HasMaxLength(40).HasDefaultValue(ActionType.Risk);
        builder.Property(s => s.ActionDueDays).HasDefaultValue(AlertRuleSetting.DefaultActionDueDays);
        builder.HasIndex(s => new { s.WorkspaceId, s.RuleKey }).IsUnique();
    }
}

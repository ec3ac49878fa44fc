using Dyad.Core.Accounts;
using Dyad.Core.Alerts.Communications;
using Dyad.Core.Journeys;
using Dyad.Core.Portal;
using Dyad.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Portal;

internal sealed class CustomerUserConfiguration : IEntityTypeConfiguration<CustomerUser>
{
    public void Configure(EntityTypeBuilder<CustomerUser> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.Email).HasMaxLength(CustomerUser.EmailMaxLength);
        builder.Property(u => u.PasswordHash).HasMaxLength(400);
        builder.Property(u => u.InvitedBy).HasMaxLength(200);
        builder.Ignore(u => u.IsActive);
        builder.HasOne<Account>().WithMany().HasForeignKey(u => u.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(u => u.StakeholderId).OnDelete(DeleteBehavior.Cascade);
        // One portal user per person and workspace; the same address may be a customer of two providers.
        builder.HasIndex(u => new { u.WorkspaceId, u.Email }).IsUnique();
        builder.HasIndex(u => u.Email);
    }
}

internal sealed class CustomerSignInLinkConfiguration : IEntityTypeConfiguration<CustomerSignInLink>
{
    public void Configure(EntityTypeBuilder<CustomerSignInLink> builder)
    {
        builder.Property(l => l.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.Property(l => l.Hash).HasMaxLength(64);
        builder.HasIndex(l => l.Hash).IsUnique();
        builder.HasOne<CustomerUser>().WithMany().HasForeignKey(l => l.CustomerUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PortalVisitConfiguration : IEntityTypeConfiguration<PortalVisit>
{
    public void Configure(EntityTypeBuilder<PortalVisit> builder)
    {
        builder.Property(v => v.LastPage).HasMaxLength(PortalVisit.PageMaxLength);
        builder.HasOne<CustomerUser>().WithMany().HasForeignKey(v => v.CustomerUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.WorkspaceId, v.AccountId, v.StartedAt });
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(MilestoneDetails.TitleMaxLength);
        builder.Property(m => m.OwnerName).HasMaxLength(200);
        builder.Ignore(m => m.IsDone);
        builder.HasOne<Journey>().WithMany().HasForeignKey(m => m.JourneyId).OnDelete(DeleteBehavior.Cascade);
        // No foreign key to the account: the journey's cascade removes the milestone, and two paths would be one too many.
        builder.HasOne<Survey>().WithMany().HasForeignKey(m => m.PulseSurveyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => new { m.WorkspaceId, m.AccountId });
    }
}

internal sealed class PortalDocumentConfiguration : IEntityTypeConfiguration<PortalDocument>
{
    public void Configure(EntityTypeBuilder<PortalDocument> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(DocumentDetails.TitleMaxLength);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.OwnerName).HasMaxLength(200);
        builder.Ignore(d => d.Latest);
        builder.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Account>().WithMany().HasForeignKey(d => d.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Journey>().WithMany().HasForeignKey(d => d.JourneyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(d => new { d.WorkspaceId, d.AccountId });
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> builder)
    {
        builder.Property(v => v.FileName).HasMaxLength(255);
        builder.Property(v => v.ContentType).HasMaxLength(200);
        builder.Property(v => v.StorageName).HasMaxLength(100);
        builder.Property(v => v.Note).HasMaxLength(DocumentVersion.NoteMaxLength);
        builder.Property(v => v.UploadedBy).HasMaxLength(200);
        builder.Ignore(v => v.File);
        builder.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
    }
}

internal sealed class DocumentFollowConfiguration : IEntityTypeConfiguration<DocumentFollow>
{
    public void Configure(EntityTypeBuilder<DocumentFollow> builder)
    {
        builder.HasOne<PortalDocument>().WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CustomerUser>().WithMany().HasForeignKey(f => f.CustomerUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.DocumentId, f.CustomerUserId }).IsUnique();
    }
}

internal sealed class DocumentNoticeConfiguration : IEntityTypeConfiguration<DocumentNotice>
{
    public void Configure(EntityTypeBuilder<DocumentNotice> builder)
    {
        builder.Property(n => n.Failure).HasMaxLength(500);
        builder.HasOne<DocumentVersion>().WithMany().HasForeignKey(n => n.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CustomerUser>().WithMany().HasForeignKey(n => n.CustomerUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.VersionId, n.CustomerUserId }).IsUnique();
        builder.HasIndex(n => n.SentAt);
    }
}

internal sealed class SharedTaskConfiguration : IEntityTypeConfiguration<SharedTask>
{
    public void Configure(EntityTypeBuilder<SharedTask> builder)
    {
        builder.ToTable("SharedTasks");
        builder.Property(t => t.Title).HasMaxLength(SharedTaskDetails.TitleMaxLength);
        builder.Property(t => t.Side).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.Assignee).HasMaxLength(SharedTaskDetails.AssigneeMaxLength);
        builder.Property(t => t.DoneBy).HasMaxLength(200);
        builder.Property(t => t.CreatedBy).HasMaxLength(200);
        builder.Property(t => t.UpdatedBy).HasMaxLength(200);
        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.WorkspaceId, t.AccountId });
    }
}

internal sealed class ExpertTopicConfiguration : IEntityTypeConfiguration<ExpertTopic>
{
    public void Configure(EntityTypeBuilder<ExpertTopic> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(ExpertTopic.NameMaxLength);
        builder.Property(t => t.ExpertName).HasMaxLength(200);
        builder.HasIndex(t => new { t.WorkspaceId, t.Name }).IsUnique();
    }
}

internal sealed class PortalQuestionConfiguration : IEntityTypeConfiguration<PortalQuestion>
{
    public void Configure(EntityTypeBuilder<PortalQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(PortalQuestion.TextMaxLength);
        builder.Property(q => q.Answer).HasMaxLength(PortalQuestion.TextMaxLength);
        builder.Property(q => q.ExpertName).HasMaxLength(200);
        builder.Property(q => q.RoutedBecause).HasMaxLength(300);
        builder.Property(q => q.AnsweredBy).HasMaxLength(200);
        builder.Ignore(q => q.IsAnswered);
        builder.Ignore(q => q.ResponseTime);
        builder.HasOne<Account>().WithMany().HasForeignKey(q => q.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CustomerUser>().WithMany().HasForeignKey(q => q.CustomerUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ExpertTopic>().WithMany().HasForeignKey(q => q.TopicId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<PortalDocument>().WithMany().HasForeignKey(q => q.DocumentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Milestone>().WithMany().HasForeignKey(q => q.MilestoneId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<CustomerCommunication>().WithMany().HasForeignKey(q => q.CommunicationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(q => new { q.WorkspaceId, q.AccountId, q.AskedAt });
        builder.HasIndex(q => new { q.WorkspaceId, q.ExpertId, q.AnsweredAt });
    }
}

using Dyad.Core.Accounts;
using Dyad.Core.Actions;
using Dyad.Core.Actions.Webhooks;
using Dyad.Data.Surveys;
using Dyad.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Actions;

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.ToTable("ActionItems");
        builder.Property(a => a.Title).HasMaxLength(ActionDetails.TitleMaxLength);
        builder.Property(a => a.Description).HasMaxLength(ActionDetails.DescriptionMaxLength);
        builder.Property(a => a.Reason).HasMaxLength(ActionItem.ReasonMaxLength);
        builder.Property(a => a.SourceKey).HasMaxLength(ActionItem.SourceKeyMaxLength);
        builder.Property(a => a.CreatedBy).HasMaxLength(ActionComment.AuthorMaxLength);
        builder.Property(a => a.PlaybookName).HasMaxLength(PlaybookDetails.NameMaxLength);
        // Enums by name, like the rest of the schema (DyadDbContext's conventions), kept here with the feature.
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Priority).HasConversion<string>().HasMaxLength(40);
        builder.ComplexProperty(a => a.Links);
        // The closure is written once and read whole; it is not queried by its parts.
        builder.Property(a => a.Closure).HasConversion((Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter)SurveyJson.Converter<LoopClosure>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<LoopClosure>());
        builder.Ignore(a => a.IsDone);
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DyadUser>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Tasks).WithOne().HasForeignKey(t => t.ActionItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Comments).WithOne().HasForeignKey(c => c.ActionItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Tasks).HasField("_tasks");
        builder.Navigation(a => a.Comments).HasField("_comments");
        // One action per cause (a survey response re-ingested, two rules racing): the second insert fails here.
        builder.HasIndex(a => new { a.WorkspaceId, a.SourceKey }).IsUnique();
        builder.HasIndex(a => new { a.WorkspaceId, a.Status, a.DueAt });
        builder.HasIndex(a => new { a.WorkspaceId, a.AccountId });
        builder.HasIndex(a => new { a.WorkspaceId, a.OwnerId });
    }
}

internal sealed class ActionTaskConfiguration : IEntityTypeConfiguration<ActionTask>
{
    public void Configure(EntityTypeBuilder<ActionTask> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(ActionTask.TitleMaxLength);
        builder.Property(t => t.DoneBy).HasMaxLength(ActionComment.AuthorMaxLength);
        builder.Ignore(t => t.Done);
    }
}

internal sealed class ActionCommentConfiguration : IEntityTypeConfiguration<ActionComment>
{
    public void Configure(EntityTypeBuilder<ActionComment> builder)
    {
        builder.Property(c => c.AuthorName).HasMaxLength(ActionComment.AuthorMaxLength);
        builder.Property(c => c.Text).HasMaxLength(ActionComment.TextMaxLength);
    }
}

internal sealed class PlaybookConfiguration : IEntityTypeConfiguration<Playbook>
{
    public void Configure(EntityTypeBuilder<Playbook> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(PlaybookDetails.NameMaxLength);
        builder.Property(p => p.Description).HasMaxLength(PlaybookDetails.DescriptionMaxLength);
        builder.Property(p => p.BuiltInKey).HasMaxLength(40);
        builder.Property(p => p.ActionType).HasConversion<string>().HasMaxLength(40);
        // Tasks are read and written with their playbook, never queried one by one.
        builder.Property(p => p.Steps).HasConversion(SurveyJson.Converter<IReadOnlyList<PlaybookStep>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<PlaybookStep>>());
        builder.Ignore(p => p.Span);
        builder.HasIndex(p => new { p.WorkspaceId, p.Name }).IsUnique();
        builder.HasIndex(p => new { p.WorkspaceId, p.BuiltInKey }).IsUnique();
    }
}

internal sealed class ActionRuleSettingsConfiguration : IEntityTypeConfiguration<ActionRuleSettings>
{
    public void Configure(EntityTypeBuilder<ActionRuleSettings> builder) => builder.HasIndex(s => s.WorkspaceId).IsUnique();
}

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.Property(e => e.Url).HasMaxLength(WebhookDetails.UrlMaxLength);
        builder.Property(e => e.Description).HasMaxLength(WebhookDetails.DescriptionMaxLength);
        builder.Property(e => e.Secret).HasMaxLength(WebhookEndpoint.SecretMaxLength);
        builder.Property(e => e.Events).HasConversion(SurveyJson.Converter<IReadOnlyList<string>>()).HasMaxLength(200).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<string>>());
        builder.HasIndex(e => e.WorkspaceId);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.Property(d => d.EventType).HasMaxLength(40);
        builder.Property(d => d.LastError).HasMaxLength(WebhookDelivery.ErrorMaxLength);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        // The dispatcher's scan: pending rows by when they are due.
        builder.HasIndex(d => new { d.WorkspaceId, d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.EndpointId, d.CreatedAt });
    }
}

using Dyad.Core.Accounts;
using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Distribution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Surveys;

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(SurveyInvitation.EmailMaxLength);
        builder.Property(i => i.Language).HasMaxLength(SurveyDetails.LanguageMaxLength);
        builder.Property(i => i.DedupKey).HasMaxLength(SurveyInvitation.DedupKeyMaxLength);
        builder.Property(i => i.TokenHash).HasMaxLength(SurveyInvitation.TokenHashLength);
        builder.Property(i => i.FirstName).HasMaxLength(SurveyInvitation.NameMaxLength);
        builder.Property(i => i.LastName).HasMaxLength(SurveyInvitation.NameMaxLength);
        // Invitations made before participant lists carried attributes read as none.
        builder.Property(i => i.Attributes).HasConversion(SurveyJson.Converter<IReadOnlyDictionary<string, string>>()).HasDefaultValueSql("'{}'")
            .Metadata.SetValueComparer(SurveyJson.Comparer<IReadOnlyDictionary<string, string>>());
        builder.Property(i => i.BounceReason).HasMaxLength(SurveyInvitation.ReasonMaxLength);
        builder.Property(i => i.Draft).HasConversion(SurveyJson.Converter<IReadOnlyDictionary<string, Answer>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyDictionary<string, Answer>>());
        builder.HasOne<Survey>().WithMany().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(i => i.AccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(i => i.StakeholderId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<SurveyResponse>().WithMany().HasForeignKey(i => i.ResponseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        // A trigger that fires twice (a retry, a restart) finds the invitation it made; NULL keys never clash.
        builder.HasIndex(i => new { i.WorkspaceId, i.DedupKey }).IsUnique();
        builder.HasIndex(i => new { i.WorkspaceId, i.SurveyId, i.CreatedAt });
        // The fatigue cap asks when a person was last invited.
        builder.HasIndex(i => new { i.WorkspaceId, i.StakeholderId, i.SentAt });
        builder.Property(i => i.SuppressedReason).HasMaxLength(SurveyInvitation.ReasonMaxLength);
        builder.Ignore(i => i.Status);
        builder.HasOne<SurveyTrigger>().WithMany().HasForeignKey(i => i.TriggerId).OnDelete(DeleteBehavior.SetNull);
        // The scheduler looks for what is still to send.
        builder.HasIndex(i => new { i.WorkspaceId, i.SentAt });
    }
}

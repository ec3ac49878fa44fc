using Dyad.Core.Accounts;
using Dyad.Core.Workspaces;
using Dyad.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Accounts;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(AccountDetails.NameMaxLength);
        builder.Property(a => a.Tier).HasMaxLength(AccountDetails.LabelMaxLength);
        builder.Property(a => a.Segment).HasMaxLength(AccountDetails.LabelMaxLength);
        builder.Property(a => a.PartnerFirms).HasMaxLength(500);
        builder.Property(a => a.AnnualRevenue).HasPrecision(18, 2);
        builder.Ignore(a => a.HasRelationshipMismatch);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(a => a.WorkspaceId);
        builder.HasOne<DyadUser>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.SetNull);
        // Account names are how people and import files refer to accounts, so they are unique per workspace.
        builder.HasIndex(a => new { a.WorkspaceId, a.Name }).IsUnique();
    }
}

internal sealed class StakeholderConfiguration : IEntityTypeConfiguration<Stakeholder>
{
    public void Configure(EntityTypeBuilder<Stakeholder> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.JobTitle).HasMaxLength(120);
        builder.Property(s => s.Function).HasMaxLength(120);
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.WorkspaceId, s.AccountId });
    }
}

using Dyad.Core.Workspaces;
using Dyad.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Workspaces;

internal sealed class WorkspaceConfiguration : IEntityTypeConfiguration<Workspace>
{
    public void Configure(EntityTypeBuilder<Workspace> builder)
    {
        builder.Property(w => w.Slug).HasMaxLength(60);
        builder.HasIndex(w => w.Slug).IsUnique();
        builder.Property(w => w.Name).HasMaxLength(200);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.Property(t => t.Hint).HasMaxLength(20);
        builder.Property(t => t.Scopes)
            .HasConversion(
                scopes => string.Join(' ', scopes),
                text => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToList(),
                new ValueComparer<IReadOnlyList<TokenScope>>(
                    (a, b) => a!.SequenceEqual(b!), scopes => scopes.Aggregate(0, (hash, s) => HashCode.Combine(hash, s)), scopes => scopes.ToList()))
            .HasMaxLength(4000)
            // Tokens issued before scopes existed keep what they could do then.
            .HasDefaultValueSql($"'{string.Join(' ', TokenScope.Everything)}'");
        builder.HasOne<Workspace>().WithMany().HasForeignKey(t => t.WorkspaceId);
        builder.HasOne<DyadUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    private static TokenScope Parse(string text) =>
        TokenScope.TryParse(text, out var scope) ? scope : throw new InvalidOperationException($"Stored token scope '{text}' is unreadable.");
}

internal sealed class DyadUserConfiguration : IEntityTypeConfiguration<DyadUser>
{
    public void Configure(EntityTypeBuilder<DyadUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(u => u.WorkspaceId);
        builder.HasIndex(u => u.WorkspaceId);
    }
}

internal sealed class WorkspaceBrandingConfiguration : IEntityTypeConfiguration<WorkspaceBranding>
{
    public void Configure(EntityTypeBuilder<WorkspaceBranding> builder)
    {
        builder.Property(b => b.DisplayName).HasMaxLength(BrandingDetails.DisplayNameMaxLength);
        builder.Property(b => b.AccentColour).HasMaxLength(7);
        builder.Property(b => b.LogoUrl).HasMaxLength(BrandingDetails.LogoUrlMaxLength);
        builder.Property(b => b.ThankYouText).HasMaxLength(BrandingDetails.ThankYouTextMaxLength);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(b => b.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.WorkspaceId).IsUnique();
    }
}

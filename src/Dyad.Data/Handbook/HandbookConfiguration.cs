using Dyad.Core.Handbook;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Handbook;

internal sealed class HandbookConfiguration : IEntityTypeConfiguration<Core.Handbook.Handbook>
{
    public void Configure(EntityTypeBuilder<Core.Handbook.Handbook> builder)
    {
        builder.ToTable("Handbooks");
        builder.Property(h => h.Title).HasMaxLength(200);
        // Sections are generated, edited, versioned and exported whole; nothing queries one section.
        builder.Property(h => h.Sections).HasConversion(SurveyJson.Converter<IReadOnlyList<HandbookSection>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<HandbookSection>>());
        builder.Property(h => h.GeneratedBy).HasMaxLength(200);
        builder.Property(h => h.UpdatedBy).HasMaxLength(200);
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.HasIndex(h => h.WorkspaceId).IsUnique();
    }
}

internal sealed class HandbookVersionConfiguration : IEntityTypeConfiguration<HandbookVersion>
{
    public void Configure(EntityTypeBuilder<HandbookVersion> builder)
    {
        builder.ToTable("HandbookVersions");
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.CreatedBy).HasMaxLength(200);
        builder.Property(v => v.Change).HasMaxLength(500);
        builder.Property(v => v.Sections).HasConversion(SurveyJson.Converter<IReadOnlyList<SectionSnapshot>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<SectionSnapshot>>());
        // One row per version number: two saves racing past the handbook's version check cannot both write version 7.
        builder.HasIndex(v => new { v.HandbookId, v.Number }).IsUnique();
        builder.HasOne<Core.Handbook.Handbook>().WithMany().HasForeignKey(v => v.HandbookId).OnDelete(DeleteBehavior.Cascade);
    }
}

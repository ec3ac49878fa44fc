using Dyad.Core.Reports;
using Dyad.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Reports;

internal sealed class StoredReportConfiguration : IEntityTypeConfiguration<StoredReport>
{
    public void Configure(EntityTypeBuilder<StoredReport> builder)
    {
        builder.ToTable("Reports");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Format).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Title).HasMaxLength(StoredReport.TitleMaxLength);
        builder.Property(r => r.Filter).HasMaxLength(500);
        builder.Property(r => r.CreatedBy).HasMaxLength(200);
        builder.Ignore(r => r.FileName);
        builder.HasIndex(r => new { r.WorkspaceId, r.CreatedAt });
        // A schedule's month is generated once, however many senders race to it.
        builder.HasIndex(r => new { r.ScheduleId, r.ScheduleMonth }).IsUnique();
        // The account a review is about may go; the review stays, as a file once handed round does.
        builder.HasIndex(r => r.AccountId);
    }
}

internal sealed class ReportScheduleConfiguration : IEntityTypeConfiguration<ReportSchedule>
{
    public void Configure(EntityTypeBuilder<ReportSchedule> builder)
    {
        builder.ToTable("ReportSchedules");
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Format).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.Period).HasMaxLength(10);
        builder.Property(s => s.CreatedBy).HasMaxLength(200);
        builder.Property(s => s.Recipients).HasConversion(SurveyJson.Converter<IReadOnlyList<string>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<string>>());
        builder.HasOne<Core.Accounts.Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportDeliveryConfiguration : IEntityTypeConfiguration<ReportDelivery>
{
    public void Configure(EntityTypeBuilder<ReportDelivery> builder)
    {
        builder.ToTable("ReportDeliveries");
        builder.Property(d => d.Recipient).HasMaxLength(ReportSchedule.RecipientMaxLength);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(d => new { d.ScheduleId, d.Month, d.Recipient }).IsUnique();
        builder.HasOne<ReportSchedule>().WithMany().HasForeignKey(d => d.ScheduleId).OnDelete(DeleteBehavior.Cascade);
    }
}

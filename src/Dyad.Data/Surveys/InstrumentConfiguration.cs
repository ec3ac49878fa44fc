using Dyad.Core.Surveys;
using Dyad.Core.Surveys.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Surveys;

internal sealed class WorkspaceInstrumentConfiguration : IEntityTypeConfiguration<WorkspaceInstrument>
{
    public void Configure(EntityTypeBuilder<WorkspaceInstrument> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(InstrumentDetails.NameMaxLength);
        builder.Property(i => i.Description).HasMaxLength(InstrumentDetails.DescriptionMaxLength);
        builder.Property(i => i.Questions).HasConversion(SurveyJson.Converter<IReadOnlyList<Question>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<Question>>());
        builder.Property(i => i.Languages).HasConversion(SurveyJson.Converter<IReadOnlyList<string>>()).HasMaxLength(200).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<string>>());
        builder.HasIndex(i => new { i.WorkspaceId, i.Name });
    }
}

internal sealed class QuestionBankItemConfiguration : IEntityTypeConfiguration<QuestionBankItem>
{
    public void Configure(EntityTypeBuilder<QuestionBankItem> builder)
    {
        builder.Property(i => i.Question).HasConversion(SurveyJson.Converter<Question>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<Question>());
        // Tags are filtered in memory: a bank holds tens of questions, not thousands.
        builder.Property(i => i.Tags).HasConversion(SurveyJson.Converter<IReadOnlyList<string>>()).HasMaxLength(500).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<string>>());
        builder.Property(i => i.Languages).HasConversion(SurveyJson.Converter<IReadOnlyList<string>>()).HasMaxLength(200).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<string>>());
        builder.HasIndex(i => new { i.WorkspaceId, i.CreatedAt });
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Dyad.Core.Accounts;
using Dyad.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dyad.Data.Surveys;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(SurveyDetails.NameMaxLength);
        builder.Property(s => s.Instrument).HasMaxLength(40);
        // A questionnaire is read and written whole, never queried by question, so one JSON column keeps it as asked.
        builder.Property(s => s.Questions).HasConversion(SurveyJson.Converter<IReadOnlyList<Question>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<Question>>());
        builder.Property(s => s.Languages).HasConversion(SurveyJson.Converter<IReadOnlyList<string>>()).HasMaxLength(200).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyList<string>>());
        builder.HasIndex(s => new { s.WorkspaceId, s.Name });
        builder.Property(s => s.PublicKey).HasMaxLength(40);
        builder.HasIndex(s => s.PublicKey).IsUnique();
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(r => r.Language).HasMaxLength(SurveyDetails.LanguageMaxLength);
        builder.Property(r => r.IdempotencyKey).HasMaxLength(NewSurveyResponse.IdempotencyKeyMaxLength);
        builder.Property(r => r.Answers).HasConversion(SurveyJson.Converter<IReadOnlyDictionary<string, Answer>>()).Metadata
            .SetValueComparer(SurveyJson.Comparer<IReadOnlyDictionary<string, Answer>>());
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        // Responses are evidence of what customers said; deleting an account or person forgets who said it, not what.
        builder.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(r => r.StakeholderId).OnDelete(DeleteBehavior.SetNull);
        // A retried submission finds the first by its key; NULL keys never clash on either provider.
        builder.HasIndex(r => new { r.SurveyId, r.IdempotencyKey }).IsUnique();
        builder.HasIndex(r => new { r.WorkspaceId, r.SurveyId, r.SubmittedAt });
        // An invitation is answered once: two tabs or a double click submitting at once clash here, not in the UI.
        builder.HasIndex(r => r.InvitationId).IsUnique();
    }
}

/// <summary>The JSON form of questions and answers in the database, enums by name so stored rows survive reordering.</summary>
internal static class SurveyJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<T, string> Converter<T>() where T : class =>
        new(value => JsonSerializer.Serialize(value, Options), json => JsonSerializer.Deserialize<T>(json, Options)!);

    /// <summary>Compares by JSON: the values are replaced whole, and records holding lists compare lists by reference.</summary>
    public static ValueComparer<T> Comparer<T>() where T : class =>
        new((a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
            value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
            value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!);
}

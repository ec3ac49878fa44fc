using Dyad.Core.Common;

namespace Dyad.Core.Events;

/// <summary>Everything a user records about a critical event, checked in one place for the UI, API and imports.</summary>
public sealed record CriticalEventDetails(
    Guid JourneyId,
    int Phase,
    DateOnly OccurredOn,
    string Title,
    string WhatHappened,
    ExperienceState StateBefore,
    ExperienceState StateAfter,
    string? ProviderAction = null,
    string? CustomerReaction = null,
    string? Outcome = null,
    bool BeyondRepair = false,
    Guid? TouchpointId = null,
    string? ProviderStaff = null,
    IReadOnlyList<Guid>? StakeholderIds = null)
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Require(nameof(Title), Title, TitleMaxLength, "Title")
            .Require(nameof(WhatHappened), WhatHappened, TextMaxLength, "What happened")
            .MaxLength(nameof(ProviderAction), ProviderAction, TextMaxLength, "What the provider did")
            .MaxLength(nameof(CustomerReaction), CustomerReaction, TextMaxLength, "How the customer reacted")
            .MaxLength(nameof(Outcome), Outcome, TextMaxLength, "Outcome")
            .MaxLength(nameof(ProviderStaff), ProviderStaff, 500, "Provider staff involved")
            .Defined(nameof(StateBefore), StateBefore, "Experience before")
            .Defined(nameof(StateAfter), StateAfter, "Experience after");
        if (BeyondRepair && StateAfter != ExperienceState.Destroyed)
        {
            errors.Add(nameof(BeyondRepair), "Only a destroyed experience can be beyond repair.");
        }
        if (OccurredOn == default)
        {
            errors.Add(nameof(OccurredOn), "Give the date the event happened.");
        }
        return errors;
    }
}

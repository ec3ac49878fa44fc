namespace Dyad.Core.Events;

/// <summary>The two provider firms of the ethnography behind 000 and 001 (pseudonyms in the papers).</summary>
public enum FieldworkFirm
{
    /// <summary>An IT monitoring consultancy.</summary>
    MonItor,

    /// <summary>A training company.</summary>
    TrainAndCo,
}

public static class FieldworkFirms
{
    public static string DisplayName(this FieldworkFirm firm) => firm switch
    {
        FieldworkFirm.MonItor => "MonITor",
        FieldworkFirm.TrainAndCo => "Train&Co",
        _ => throw new ArgumentOutOfRangeException(nameof(firm), firm, "Unknown fieldwork firm."),
    };
}

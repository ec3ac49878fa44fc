using System.Text;

namespace Dyad.Core.Common;

/// <summary>Enum names as users and files spell them: <c>DecisionMaker</c> is <c>decision_maker</c>.</summary>
public static class EnumText
{
    public static string ToSnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }

    public static string ToText<TEnum>(this TEnum value) where TEnum : struct, Enum => ToSnakeCase(value.ToString());

    /// <summary>Readable label for screens: <c>decision maker</c>.</summary>
    public static string ToLabel<TEnum>(this TEnum value) where TEnum : struct, Enum => ToText(value).Replace('_', ' ');

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var compact = text.Trim().Replace("_", "").Replace("-", "").Replace(" ", "");
        // Enum.TryParse also takes numbers ("4" would be an admin role); only names are accepted.
        if (compact.Length == 0 || !char.IsLetter(compact[0]))
        {
            return false;
        }
        return Enum.TryParse(compact, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}

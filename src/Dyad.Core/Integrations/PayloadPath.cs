using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dyad.Core.Integrations;

/// <summary>
/// A small JSONPath subset that reaches one value of a payload: <c>$.ticket.requester.email</c>, <c>items[0].id</c>,
/// <c>$['deal name'].value</c>, and alternatives tried left to right, <c>ticket.organization.name | ticket.requester.email</c>,
/// the last of which may be a quoted constant, <c>properties.touchpoint.value | 'Kick-off meeting'</c>, for a field the
/// sender does not send. The leading <c>$.</c> may be left out. No wildcards or filters: a mapping names one value per field, so a path that could
/// match many would hide which one was taken.
/// </summary>
public sealed class PayloadPath
{
    public const int MaxLength = 300;

    private readonly IReadOnlyList<Alternative> _alternatives;

    private PayloadPath(string text, IReadOnlyList<Alternative> alternatives)
    {
        Text = text;
        _alternatives = alternatives;
    }

    public string Text { get; }

    public override string ToString() => Text;

    /// <summary>Reads a path, or says what is wrong with it.</summary>
    public static bool TryParse(string? text, out PayloadPath? path, out string? error)
    {
        path = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "Enter a path such as $.ticket.id.";
            return false;
        }
        if (text.Length > MaxLength)
        {
            error = $"A path is at most {MaxLength} characters.";
            return false;
        }
        var alternatives = new List<Alternative>();
        foreach (var part in text.Split('|').Select(p => p.Trim()))
        {
            if (part.Length >= 2 && part[0] is ('\'' or '"') && part[^1] == part[0])
            {
                alternatives.Add(new Alternative([], part[1..^1]));
                continue;
            }
            if (ParseOne(part, out var steps) is { } problem)
            {
                error = $"'{part}': {problem}";
                return false;
            }
            alternatives.Add(new Alternative(steps, null));
        }
        path = new PayloadPath(text.Trim(), alternatives);
        return true;
    }

    public static PayloadPath Parse(string text) =>
        TryParse(text, out var path, out var error) ? path! : throw new FormatException(error);

    /// <summary>
    /// The first alternative that reaches a value that is not null or empty, as text: strings as they are, numbers and
    /// booleans as their JSON spelling. An object or array is not a value. Null when no alternative reaches one.
    /// </summary>
    public string? Read(JsonElement root)
    {
        foreach (var alternative in _alternatives)
        {
            if (alternative.Literal is { Length: > 0 } constant)
            {
                return constant;
            }
            if (Walk(root, alternative.Steps) is { } found && ValueText(found) is { Length: > 0 } value)
            {
                return value;
            }
        }
        return null;
    }

    private static JsonElement? Walk(JsonElement node, IReadOnlyList<Step> steps)
    {
        foreach (var step in steps)
        {
            if (step.Name is { } name)
            {
                if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out var child))
                {
                    return null;
                }
                node = child;
            }
            else
            {
                if (node.ValueKind != JsonValueKind.Array || step.Index >= node.GetArrayLength())
                {
                    return null;
                }
                node = node[step.Index];
            }
        }
        return node;
    }

    private static string? ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()?.Trim(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static string? ParseOne(string text, out List<Step> steps)
    {
        steps = [];
        var i = 0;
        if (text.StartsWith('$'))
        {
            i = 1;
            if (i < text.Length && text[i] == '.')
            {
                i++;
            }
        }
        var expectName = true;
        while (i < text.Length)
        {
            if (text[i] == '[')
            {
                var close = text.IndexOf(']', i);
                if (close < 0)
                {
                    return "a [ is not closed.";
                }
                var inner = text[(i + 1)..close].Trim();
                if (inner.Length >= 2 && (inner[0] == '\'' || inner[0] == '"') && inner[^1] == inner[0])
                {
                    steps.Add(Step.Named(inner[1..^1]));
                }
                else if (int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    steps.Add(Step.At(index));
                }
                else
                {
                    return $"[{inner}] is neither an index such as [0] nor a quoted name such as ['name'].";
                }
                i = close + 1;
                expectName = false;
            }
            else if (text[i] == '.')
            {
                if (expectName)
                {
                    return "two dots in a row, or a dot where a name belongs.";
                }
                i++;
                expectName = true;
            }
            else
            {
                if (!expectName)
                {
                    return "a name must follow a dot.";
                }
                var name = new StringBuilder();
                while (i < text.Length && text[i] is not ('.' or '['))
                {
                    name.Append(text[i++]);
                }
                var trimmed = name.ToString().Trim();
                if (trimmed.Length == 0 || trimmed.Contains('*') || trimmed.Contains(']'))
                {
                    return $"'{trimmed}' is not a property name.";
                }
                steps.Add(Step.Named(trimmed));
                expectName = false;
            }
        }
        if (steps.Count == 0)
        {
            return "the path names no value.";
        }
        return expectName ? "the path ends with a dot." : null;
    }

    private sealed record Alternative(IReadOnlyList<Step> Steps, string? Literal);

    private sealed record Step(string? Name, int Index)
    {
        public static Step Named(string name) => new(name, 0);
        public static Step At(int index) => new(null, index);
    }
}

using System.Text;
using Dyad.Core.Common;
using Dyad.Core.Events;

namespace Dyad.Data.Coding;

/// <summary>
/// Where one piece of evidence sits in its event's text, in code points. <see cref="Start"/>..<see cref="End"/>
/// is its text (its heading when it has no text, as a document may not); the region from
/// <see cref="RegionStart"/> takes in the heading, so a selection a coder makes anywhere in it belongs to it.
/// </summary>
internal sealed record EvidenceSpan(Guid EvidenceId, string Heading, int RegionStart, int Start, int End);

internal sealed record EventTextLayout(string Text, int Length, IReadOnlyList<EvidenceSpan> Evidence)
{
    /// <summary>The evidence whose region holds the whole selection, if one does.</summary>
    public EvidenceSpan? EvidenceAround(long start, long end) =>
        Evidence.FirstOrDefault(span => span.RegionStart <= start && end <= span.End);
}

/// <summary>
/// An event as the plain text a QDA tool codes: title, what happened, what the provider did, how the customer
/// reacted, the outcome, then each piece of evidence under a heading naming its kind, source and page.
/// Export and import render it alike, so an import can tell whether a file's text is still the event's.
/// </summary>
internal static class EventText
{
    public static EventTextLayout Render(CodedEvent criticalEvent)
    {
        var text = new CodePointText();
        text.Append(criticalEvent.Title);
        Section(text, "What happened", criticalEvent.WhatHappened);
        Section(text, "What the provider did", criticalEvent.ProviderAction);
        Section(text, "How the customer reacted", criticalEvent.CustomerReaction);
        Section(text, "Outcome", criticalEvent.Outcome);
        var spans = new List<EvidenceSpan>();
        foreach (var evidence in criticalEvent.Evidence)
        {
            var heading = Heading(evidence);
            text.Append("\n\n");
            var regionStart = text.Length;
            text.Append(heading);
            var body = Normalized(evidence.Text);
            if (body.Length == 0)
            {
                spans.Add(new EvidenceSpan(evidence.Id, heading, regionStart, regionStart, text.Length));
                continue;
            }
            text.Append("\n");
            var start = text.Length;
            text.Append(body);
            spans.Add(new EvidenceSpan(evidence.Id, heading, regionStart, start, text.Length));
        }
        text.Append("\n");
        return new EventTextLayout(text.ToString(), text.Length, spans);
    }

    /// <summary>"Quote from Customer – project leader, page 12 (file minutes.pdf)".</summary>
    public static string Heading(CodedEvidence evidence)
    {
        var kind = evidence.Kind.ToLabel();
        var heading = new StringBuilder(char.ToUpperInvariant(kind[0]) + kind[1..]);
        if (evidence.Source is { } source)
        {
            heading.Append(" from ").Append(source);
        }
        if (evidence.Page is { } page)
        {
            heading.Append(", page ").Append(page);
        }
        if (evidence.FileName is { } file)
        {
            heading.Append(" (file ").Append(file).Append(')');
        }
        return Normalized(heading.ToString()).Replace('\n', ' ');
    }

    private static void Section(CodePointText text, string label, string? content)
    {
        if (Blank.ToNull(content) is { } body)
        {
            text.Append($"\n\n{label}\n");
            text.Append(Normalized(body));
        }
    }

    /// <summary>One line ending, LF: tools differ in how they count a CR, so the exported text has none.</summary>
    private static string Normalized(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();

    /// <summary>Text with its length in code points, the unit of REFI-QDA positions, rather than .NET's UTF-16 units.</summary>
    private sealed class CodePointText
    {
        private readonly StringBuilder _text = new();

        public int Length { get; private set; }

        public void Append(string part)
        {
            _text.Append(part);
            Length += part.EnumerateRunes().Count();
        }

        public override string ToString() => _text.ToString();
    }
}

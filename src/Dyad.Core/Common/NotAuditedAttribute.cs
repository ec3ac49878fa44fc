namespace Dyad.Core.Common;

/// <summary>
/// Marks a property that records use rather than a change (an API token's last use): the audit log leaves it out, so
/// reading through the API does not fill the log. A write that changes nothing else is not logged at all.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;

namespace Dyad.Core.Common;

/// <summary>
/// Marks a property that records use rather than a change (an API token's last use, a background job's claim on a row until
/// a lease runs out): the audit log leaves it out, so reading through the API or a job's every pass does not fill the log. A
/// write that changes nothing else is not logged at all.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;

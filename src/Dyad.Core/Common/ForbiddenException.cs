namespace Dyad.Core.Common;

/// <summary>The user may use the feature but not change this item (someone else owns it).</summary>
public sealed class ForbiddenException(string message) : Exception(message);

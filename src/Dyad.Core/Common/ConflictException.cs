namespace Dyad.Core.Common;

/// <summary>The change is valid in itself but clashes with the current state (a name taken, data in use).</summary>
public sealed class ConflictException(string message) : Exception(message);

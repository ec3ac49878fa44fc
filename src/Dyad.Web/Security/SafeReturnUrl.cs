namespace Dyad.Web.Security;

public static class SafeReturnUrl
{
    /// <summary>Only local paths, so a crafted link cannot send a user to another site after signing in.</summary>
    public static string For(string? returnUrl) =>
        string.IsNullOrWhiteSpace(returnUrl) || returnUrl.StartsWith("//") || returnUrl.StartsWith("/\\") || returnUrl.Contains("://")
        || returnUrl.TrimStart('/').StartsWith("login")
            ? "/accounts"
            : "/" + returnUrl.TrimStart('/');
}

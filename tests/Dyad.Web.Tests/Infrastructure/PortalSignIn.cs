using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dyad.Web.Tests.Infrastructure;

/// <summary>Customer users signing in to the portal through its real pages, antiforgery token and all.</summary>
public static partial class PortalSignIn
{
    /// <summary>Opens a sign-in link and presses its button; the client keeps the portal cookie.</summary>
    /// <returns>The client, and whether the link signed in.</returns>
    public static async Task<(HttpClient Client, bool SignedIn)> TryLinkAsync(this DyadApp app, string link)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var path = new Uri(link).AbsolutePath;
        var page = await client.GetStringAsync(path);
        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "portal-link-sign-in",
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups["value"].Value,
        }));
        return (client, SignedIn(response));
    }

    public static async Task<HttpClient> CustomerClientAsync(this DyadApp app, string link)
    {
        var (client, signedIn) = await app.TryLinkAsync(link);
        Assert.True(signedIn, $"The link {link} did not sign in.");
        return client;
    }

    /// <summary>Signs in with e-mail and password on the portal's sign-in page.</summary>
    public static async Task<(HttpClient Client, bool SignedIn)> TryPasswordAsync(this DyadApp app, string email, string password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/portal/sign-in");
        var response = await client.PostAsync("/portal/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "portal-password",
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups["value"].Value,
            ["Password.Email"] = email,
            ["Password.Password"] = password,
        }));
        return (client, SignedIn(response));
    }

    /// <summary>A sign-in ends with a redirect into the portal; a refusal shows the page again.</summary>
    private static bool SignedIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.AbsolutePath() == "/portal";

    private static string AbsolutePath(this Uri uri) => uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

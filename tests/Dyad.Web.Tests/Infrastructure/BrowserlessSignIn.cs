using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dyad.Web.Tests.Infrastructure;

/// <summary>Signs in through the real sign-in form, antiforgery token and all, and keeps the cookie.</summary>
public static partial class BrowserlessSignIn
{
    public static async Task<HttpClient> SignedInClientAsync(this DyadApp app, string email, string password)
    {
        var (client, response) = await app.TrySignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>Posts the sign-in form; the response is a redirect when the password was accepted, the form again when not.</summary>
    public static async Task<(HttpClient Client, HttpResponseMessage Response)> TrySignInAsync(this DyadApp app, string email, string password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostFormAsync("/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return (client, response);
    }

    /// <summary>Opens a page, then posts one of its forms with the antiforgery token the page carries, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, string formName, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public static string AntiforgeryToken(string page) => WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups["value"].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

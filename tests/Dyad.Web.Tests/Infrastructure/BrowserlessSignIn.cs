using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dyad.Web.Tests.Infrastructure;

/// <summary>Signs in through the real sign-in form, antiforgery token and all, and keeps the cookie.</summary>
public static partial class BrowserlessSignIn
{
    public static async Task<HttpClient> SignedInClientAsync(this DyadApp app, string email, string password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/login");
        var token = AntiforgeryField().Match(form).Groups["value"].Value;
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Sign-in failed: {(int)response.StatusCode}");
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

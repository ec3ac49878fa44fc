using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Dyad.Core.Workspaces;
using Dyad.Data.Demo;
using Dyad.Data.Workspaces;
using Dyad.Web.Tests.Infrastructure;
using Dyad.Web.Tokens;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Dyad.Web.Tests.Security;

/// <summary>Dyad logging everything of its own down to Debug into a list, and sending mail through a server that wants a password.</summary>
public abstract class LogCaptureApp(TestDatabase database) : DyadApp(database)
{
    public const string SmtpPassword = "smtp-secret-6d0f4b1e";

    public SmtpSink Smtp { get; } = new(("dyad-mailer", SmtpPassword));

    public ConcurrentQueue<string> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Debug");
        builder.UseSetting("Dyad:PublicUrl", DistributionApp.PublicUrl);
        Smtp.SendFrom(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(new QueueLogger(Logs)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    /// <summary>Writes each entry as a log sink would store it: category, message, structured values and exception.</summary>
    private sealed class QueueLogger(ConcurrentQueue<string> logs) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            logs.Enqueue($"{logLevel} {formatter(state, exception)} {values} {exception}");
        }

        public void Dispose()
        {
        }
    }
}

public sealed class SqliteLogCaptureApp() : LogCaptureApp(new SqliteTestDatabase());

public sealed class PostgresLogCaptureApp() : LogCaptureApp(new PostgresTestDatabase());

public abstract partial class SecretLoggingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LogCaptureApp
{
    [Fact]
    public async Task Passwords_tokens_sign_in_links_and_the_mail_password_never_reach_the_log()
    {
        var user = await app.CreateUserAsync(DyadRole.Admin);
        var signedIn = await app.SignedInClientAsync(user.Email, DyadApp.Password);
        Assert.Equal(HttpStatusCode.OK, (await app.TrySignInAsync(user.Email, "a wrong password here")).Response.StatusCode);
        var issued = await (await signedIn.PostJsonAsync("/api/v1/tokens", new TokenRequest("log test"))).ReadAsync<IssuedToken>(HttpStatusCode.Created);
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/accounts")).StatusCode);
        var (portal, _) = await app.TryPasswordAsync(DemoWorkspace.PortalCustomerEmail, "a wrong password here");
        await portal.PostFormAsync("/portal/sign-in", "portal-link", new Dictionary<string, string> { ["Link.Email"] = DemoWorkspace.PortalCustomerEmail });

        var mail = Assert.Single(app.Smtp.MessagesTo(DemoWorkspace.PortalCustomerEmail));
        var linkSecret = PortalLink().Match(mail.TextBody ?? mail.HtmlBody ?? "").Groups["secret"].Value;
        Assert.NotEmpty(linkSecret);
        Assert.NotEmpty(app.Logs);
        foreach (var secret in new[] { DyadApp.Password, "a wrong password here", issued.Secret, LogCaptureApp.SmtpPassword, linkSecret })
        {
            Assert.DoesNotContain(app.Logs, entry => entry.Contains(secret, StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("/portal/link/(?<secret>[A-Za-z0-9_-]+)")]
    private static partial Regex PortalLink();
}

public sealed class SecretLoggingTestsOnSqlite(SqliteLogCaptureApp app) : SecretLoggingTests<SqliteLogCaptureApp>(app);

public sealed class SecretLoggingTestsOnPostgres(PostgresLogCaptureApp app) : SecretLoggingTests<PostgresLogCaptureApp>(app);

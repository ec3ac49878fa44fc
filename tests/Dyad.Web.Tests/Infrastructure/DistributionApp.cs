using Microsoft.AspNetCore.Hosting;

namespace Dyad.Web.Tests.Infrastructure;

/// <summary>Dyad sending its e-mail to a real SMTP server of its own on loopback.</summary>
public abstract class DistributionApp(TestDatabase database) : DyadApp(database)
{
    public const string PublicUrl = "https://dyad.test";

    public SmtpSink Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Dyad:PublicUrl", PublicUrl);
        Smtp.SendFrom(builder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class SqliteDistributionApp() : DistributionApp(new SqliteTestDatabase());

public sealed class PostgresDistributionApp() : DistributionApp(new PostgresTestDatabase());

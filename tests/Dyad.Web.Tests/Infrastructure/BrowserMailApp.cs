using Microsoft.AspNetCore.Hosting;

namespace Dyad.Web.Tests.Infrastructure;

/// <summary>The browser fixture whose app e-mails through a real SMTP server of its own, with links to itself.</summary>
public sealed class BrowserMailApp : BrowserApp
{
    public SmtpSink Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Smtp.SendFrom(builder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

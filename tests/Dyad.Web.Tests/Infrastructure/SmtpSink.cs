using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using MimeKit;

namespace Dyad.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on a free loopback port (Debian's aiosmtpd, run by smtp_sink.py): it saves every message it
/// accepts to a folder and refuses recipients whose address starts with "refused". Given a user name and password, it
/// asks the client to authenticate with them.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public const string RefusedPrefix = "refused";

    private readonly Process _server;
    private bool _disposed;
    private readonly string _folder = Directory.CreateTempSubdirectory("dyad-smtp-").FullName;

    private readonly (string User, string Password)? _account;

    public SmtpSink((string User, string Password)? account = null)
    {
        Port = FreePort();
        _account = account;
        var script = Path.Combine(AppContext.BaseDirectory, "Surveys", "Distribution", "smtp_sink.py");
        string[] credentials = account is { } a ? ["--user", a.User, "--password", a.Password] : [];
        // Debian's interpreter, where python3-aiosmtpd is installed, whatever else is first on the PATH.
        _server = Process.Start(new ProcessStartInfo("/usr/bin/python3", [script, "--port", Port.ToString(), "--folder", _folder, .. credentials])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        if (_server.StandardOutput.ReadLine() != "ready")
        {
            throw new InvalidOperationException($"The SMTP server did not start: {_server.StandardError.ReadToEnd()}");
        }
    }

    public int Port { get; }

    /// <summary>Points the app's e-mail at this server.</summary>
    public void SendFrom(IWebHostBuilder builder)
    {
        builder.UseSetting("Dyad:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Dyad:Smtp:Port", Port.ToString());
        builder.UseSetting("Dyad:Smtp:From", "Dyad surveys <surveys@provider.example>");
        if (_account is { } account)
        {
            builder.UseSetting("Dyad:Smtp:UserName", account.User);
            builder.UseSetting("Dyad:Smtp:Password", account.Password);
        }
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        Directory.GetFiles(_folder, "*.eml").Select(file => MimeMessage.Load(file)).ToList();

    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        Messages().Where(m => m.To.Mailboxes.Any(r => string.Equals(r.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Safe to call twice: the app fixture is disposed both as a factory and as a test fixture.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _server.Kill();
        await _server.WaitForExitAsync();
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

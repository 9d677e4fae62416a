using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ConfBot.LoadTest;

/// <summary>
/// The Slack Web API as far as the service needs it under load: <c>auth.test</c> at start, and ok for anything else
/// (late replies to response_urls, should a command miss its ack deadline).
/// </summary>
internal sealed class FakeSlack(WebApplication app, Uri baseAddress) : IAsyncDisposable
{
    public Uri BaseAddress { get; } = baseAddress;

    public Uri ApiBaseUrl { get; } = new(baseAddress, "api/");

    public string ResponseUrl { get; } = new Uri(baseAddress, "response/load").ToString();

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/auth.test", () => Results.Json(new { ok = true, user_id = "ULOAD", bot_id = "BLOAD", team_id = "TLOAD", team = "Load" }));
        app.MapPost("/api/{method}", () => Results.Json(new { ok = true }));
        app.MapPost("/response/{id}", () => Results.Json(new { ok = true }));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new FakeSlack(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

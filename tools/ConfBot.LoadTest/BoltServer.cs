using System.Diagnostics;

namespace ConfBot.LoadTest;

/// <summary>
/// A Bolt for JavaScript app (<c>node DIR/app.js</c>) given PORT, SLACK_SIGNING_SECRET and SLACK_API_URL. Bolt has no
/// readiness endpoint, so it is ready when a signed slash command first gets a 200 — what Slack would see.
/// </summary>
internal static class BoltServer
{
    public const string Name = "Bolt app";

    public static async Task<ServerUnderTest> StartAsync(string appFolder, Uri slackApi, string responseUrl)
    {
        var address = ServerProcess.FreeLoopbackAddress();
        var start = new ProcessStartInfo("node") { ArgumentList = { Path.Combine(appFolder, "app.js") } };
        start.Environment["PORT"] = address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["SLACK_SIGNING_SECRET"] = ServerUnderTest.SigningSecret;
        start.Environment["SLACK_API_URL"] = slackApi.ToString();
        const string commandsPath = "slack/events";
        var commands = new SignedCommands(ServerUnderTest.SigningSecret, responseUrl, commandsPath);
        using var probe = new HttpClient { BaseAddress = address };
        var process = await ServerProcess.StartAsync(start, async () =>
        {
            using var request = commands.Next();
            using var response = await probe.SendAsync(request);
            return response.IsSuccessStatusCode;
        });
        return new ServerUnderTest(Name, process, address, commandsPath, isConfBot: false);
    }
}

using System.Diagnostics;

namespace ConfBot.LoadTest;

/// <summary>The real <c>confbot serve</c>, as it runs in production (Http mode, JSON logs), ready when <c>/readyz</c> is 200.</summary>
internal static class ConfBotServer
{
    public const string Name = "confbot serve";

    /// <param name="search"><c>words</c> for BM25 only, <c>hybrid</c> for words and meaning (the service's default).</param>
    public static async Task<ServerUnderTest> StartAsync(string serverDll, string notesFolder, string search, Uri slackApi)
    {
        var address = ServerProcess.FreeLoopbackAddress();
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { serverDll, "serve", "--urls", address.ToString().TrimEnd('/') } };
        start.Environment["ConfBot__Notes__Directory"] = notesFolder;
        start.Environment["ConfBot__Slack__Mode"] = "Http";
        start.Environment["ConfBot__Slack__SigningSecret"] = ServerUnderTest.SigningSecret;
        start.Environment["ConfBot__Slack__BotToken"] = "xoxb-load-test";
        start.Environment["ConfBot__Slack__ApiBaseUrl"] = slackApi.ToString();
        // Embedding a question costs milliseconds of CPU, so with meaning on, the rate measures the model, not the
        // service: words only is the default here, as issue #14's CPU target is set for BM25 only.
        start.Environment["ConfBot__Search__Semantic"] = search == "hybrid" ? "true" : "false";
        start.Environment["DOTNET_gcServer"] = "0";
        using var probe = new HttpClient { BaseAddress = address };
        var process = await ServerProcess.StartAsync(start, async () =>
        {
            using var response = await probe.GetAsync("readyz");
            return response.IsSuccessStatusCode;
        });
        return new ServerUnderTest(Name, process, address, "slack/commands", isConfBot: true);
    }
}

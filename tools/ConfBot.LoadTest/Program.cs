using ConfBot.LoadTest;

if (args is ["compare", .. var summaries] && summaries.Length > 0)
    return CompareReport.Print([.. summaries.Select(RunSummary.Load)]) ? 0 : 1;

var settings = LoadSettings.FromArgs(args);
if (settings is null)
{
    Console.Error.WriteLine(LoadSettings.Usage);
    return 2;
}

// Enough threads ready for response continuations that the generator's own queueing stays out of the numbers.
ThreadPool.SetMinThreads(64, 64);
await using var slack = await FakeSlack.StartAsync();

// The generator's own first requests (JIT, signing, connection set-up) would otherwise be timed as the server's
// first burst, so it warms up against the fake Slack before the server is started.
using (var warmUp = LoadClient.Create(slack.BaseAddress, settings.Connections))
{
    var toSlack = new SignedCommands(ServerUnderTest.SigningSecret, slack.ResponseUrl, "response/generator-warm-up");
    await new OpenLoopRun(warmUp, settings.Rate, TimeSpan.FromSeconds(1)).RunAsync(toSlack.Next);
}

await using var server = settings.IsBolt
    ? await BoltServer.StartAsync(settings.Target, slack.ApiBaseUrl, slack.ResponseUrl)
    : await ConfBotServer.StartAsync(settings.Target, settings.NotesFolder, settings.Search, slack.ApiBaseUrl);
using var client = LoadClient.Create(server.BaseAddress, settings.Connections);
var commands = new SignedCommands(ServerUnderTest.SigningSecret, slack.ResponseUrl, server.CommandsPath);
var phases = await new LoadRun(server, client, commands, settings).RunAsync();
var serverAck = server.HasHealthzAndMetrics ? await ServerAckLatency.ReadAsync(client) : null;

var run = new RunSummary(
    server.Name, settings.Rate, settings.Seconds, settings.Connections, server.SpawnToReady.TotalSeconds, RunSummary.CurrentLoadAverage(), phases);
// The targets are ConfBot's; a Bolt run is only there to be compared with.
var targets = settings.IsBolt ? [] : Targets.Check(run);
Report.Print(run, targets, serverAck);
if (settings.SummaryFile is { } file)
    run.Save(file);
return targets.All(t => t.Met) ? 0 : 1;

using ConfBot.LoadTest;

// Usage: ConfBot.LoadTest <confbot.dll> <notes folder> [rate=2000] [seconds=10] [connections=32]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: ConfBot.LoadTest <confbot.dll> <notes folder> [rate] [seconds] [connections]");
    return 2;
}

var settings = LoadSettings.FromArgs(args);
// Enough threads ready for response continuations that the generator's own queueing stays out of the numbers.
ThreadPool.SetMinThreads(64, 64);
await using var slack = await FakeSlack.StartAsync();
await using var server = await ConfBotProcess.StartAsync(settings.ServerDll, settings.NotesFolder, slack.ApiBaseUrl);
using var client = LoadClient.Create(server.BaseAddress, settings.Connections);
var requests = new SignedCommands(ConfBotProcess.SigningSecret, slack.ResponseUrl);

// Warm-up: JIT, connection pool and tiered compilation settle before anything is timed.
await new ClosedLoopRun(client, settings.Connections, TimeSpan.FromSeconds(3)).RunAsync(requests.Next);
await new ClosedLoopRun(client, settings.Connections, TimeSpan.FromSeconds(1)).RunAsync(BareRequest.Healthz);

var duration = TimeSpan.FromSeconds(settings.Seconds);
// The first burst at the full rate after start pays a one-off ramp-up of a second or two that is then never worked
// off within a phase; it is measured and reported on its own line, and the steady-state phases follow it.
var cold = await new OpenLoopRun(client, settings.Rate, duration).RunAsync(requests.Next);
var commandsAtRate = await new OpenLoopRun(client, settings.Rate, duration).RunAsync(requests.Next);
var healthzAtRate = await new OpenLoopRun(client, settings.Rate, duration).RunAsync(BareRequest.Healthz);
var commandsMax = await new ClosedLoopRun(client, settings.Connections, duration).RunAsync(requests.Next);
var healthzMax = await new ClosedLoopRun(client, settings.Connections, duration).RunAsync(BareRequest.Healthz);
var serverAck = await ServerAckLatency.ReadAsync(client);

Report.Print(settings, cold, commandsAtRate, healthzAtRate, commandsMax, healthzMax, serverAck);
return Report.MeetsTargets(commandsAtRate, commandsMax, healthzMax) ? 0 : 1;

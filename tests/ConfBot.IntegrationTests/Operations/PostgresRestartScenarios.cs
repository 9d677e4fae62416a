using System.Net;
using ConfBot.Bot.Checklist;
using ConfBot.IntegrationTests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace ConfBot.IntegrationTests.Operations;

/// <summary>
/// The service's PostgreSQL stopped (fast shutdown: sessions cut off) and started again while the service runs:
/// questions keep being answered and the service stays ready (the index answers), what needs the database fails
/// politely and <c>/readyz?full</c> says so, the digest due meanwhile goes out once the database is back, and nothing
/// said before the outage is lost — without restarting the service.
/// </summary>
public sealed class PostgresRestartScenarios
{
    private const string Channel = SlackPayloads.CommandChannel;
    private const string User = SlackPayloads.CommandUser;

    private static readonly DateTimeOffset Start = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task PostgreSQL_restarted_mid_run_loses_nothing_posts_once_and_the_service_recovers_by_itself()
    {
        var postgres = RestartablePostgres.Find();
        await using var schema = await PostgresSchema.CreateAsync(postgres.ConnectionString);
        var settings = new Dictionary<string, string?>(schema.Settings) { ["ConfBot:Digest:TickInterval"] = Tick.ToString() };
        var clock = new FakeTimeProvider(Start);
        await using var service = await ConfBotService.StartAsync(settings: settings, clock: clock);
        Assert.Contains("at 08:30 UTC every day", await CommandAsync(service, "digest subscribe 08:30 UTC daily", "subscribe"));
        var claim = SlackButtons.Value(await service.CommandReplyAsync("actions open", "list"), ChecklistActions.Claim);

        try
        {
            await postgres.StopAsync();

            Assert.Contains("Vault", await CommandAsync(service, "how should we store API keys", "question-while-down"));
            Assert.Contains("Please try again", await CommandAsync(service, "digest status", "status-while-down"));
            Assert.Contains("Please try again", SlackMessageText.Of((await service.ClickAsync(ChecklistActions.Claim, claim, "claim-while-down", User)).Body));
            Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("readyz")).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await service.Client.GetAsync("readyz?full")).StatusCode);
            // The digest falls due while the database is down: the tick fails, nothing is posted.
            clock.SetUtcNow(Start.AddMinutes(30) + Tick);
            await service.WaitForDigestCheckAsync(clock.GetUtcNow());
            Assert.Empty(Digests(service));
        }
        finally
        {
            await postgres.StartAsync();
        }

        // The connections the outage broke are not handed to the next user.
        Assert.Contains("at 08:30 UTC every day", await CommandAsync(service, "digest status", "status-at-once"));
        await TickUntilAsync(service, clock, () => Digests(service).Count > 0, "the digest due during the outage was never posted");
        await TickUntilAsync(service, clock, async () => (await service.Client.GetAsync("readyz?full")).StatusCode == HttpStatusCode.OK, "the store never answered the full check again");
        for (var check = 0; check < 4; check++)
        {
            clock.Advance(Tick);
            await service.WaitForDigestCheckAsync(clock.GetUtcNow());
        }

        Assert.Single(Digests(service));
        Assert.Contains("Last posted: Wed 25 Nov 2026", await CommandAsync(service, "digest status", "status-after"));
        Assert.Contains($"taken by <@{User}>", SlackMessageText.Of((await service.ClickAsync(ChecklistActions.Claim, claim, "claim-after", User)).Body));
        Assert.Contains($"taken by <@{User}>", await CommandAsync(service, "actions mine", "mine-after"));
    }

    private static List<RecordedCall> Digests(ConfBotService service) =>
        [.. service.Slack.CallsTo("chat.postMessage").Where(c => c.Field("channel") == Channel)];

    private static Task TickUntilAsync(ConfBotService service, FakeTimeProvider clock, Func<bool> done, string failure) =>
        TickUntilAsync(service, clock, () => Task.FromResult(done()), failure);

    /// <summary>
    /// Advances the service's clock a tick at a time, real time passing too, until <paramref name="done"/>: recovery
    /// waits on the database coming back and the pool reconnecting, which no signal of the service reports. Each tick's
    /// check is awaited before the clock moves on: on a slow machine, a digest still being posted while the clock ran
    /// past its claim's lease was claimed and posted again by the next check.
    /// </summary>
    private static async Task TickUntilAsync(ConfBotService service, FakeTimeProvider clock, Func<Task<bool>> done, string failure)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (!await done())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, failure);
            clock.Advance(Tick);
            await service.WaitForDigestCheckAsync(clock.GetUtcNow());
            await Task.Delay(200);
        }
    }

    private static async Task<string> CommandAsync(ConfBotService service, string text, string responseId) =>
        SlackMessageText.Of(await service.CommandReplyAsync(text, responseId));
}

using ConfBot.Core.State;
using ConfBot.IntegrationTests.TestSupport;
using ConfBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ConfBot.IntegrationTests.Operations;

/// <summary>
/// The real <c>confbot serve</c> process killed with SIGKILL while it posts digests, then started again on the same
/// state: what it finished is not posted again, what it was in the middle of is posted once, and it answers again.
/// </summary>
public sealed class ProcessKillScenarios
{
    private const string Finished = "C0FINISHED";
    private const string InFlight = "C0INFLIGHT";

    // The shortest lease the options allow, so the test waits seconds (not the default minutes) for the dead claim.
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["ConfBot:Digest:TickInterval"] = "00:00:01",
        ["ConfBot:Digest:ClaimLease"] = "00:00:10",
    };

    [Fact]
    public async Task Killed_during_a_digest_and_restarted_posts_each_digest_exactly_once()
    {
        await using var slack = await FakeSlack.StartAsync();
        using var notes = new TestNotes();
        await SubscribeDueNowAsync(notes.StateFile, Finished, InFlight);
        // Slack has not got to the second channel's post when the process dies: it must be posted after the restart.
        var held = slack.HoldNext("chat.postMessage", c => c.Field("channel") == InFlight);

        var first = await ConfBotProcess.StartAsync(slack, notes, Settings);
        await held.WaitAsync(TimeSpan.FromSeconds(60));
        await first.KillAsync();
        Assert.Equal(128 + 9, first.ExitCode);
        Assert.Single(Posts(slack, Finished));

        await using var second = await ConfBotProcess.StartAsync(slack, notes, Settings);
        var repost = await slack.WaitForCallAsync("chat.postMessage", c => c.Field("channel") == InFlight && !slack.Unanswered.Contains(c));
        // A few more ticks of the restarted process: neither digest may go out again. Real time by design: a separate
        // process ticks on the real clock, and a check that posts nothing leaves no trace (log, metric) to await.
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Single(Posts(slack, Finished));
        Assert.Equal(2, Posts(slack, InFlight).Count);
        Assert.Equal([repost], Posts(slack, InFlight).Except(slack.Unanswered));
        Assert.Contains("Talk of the day", SlackMessageText.Of(repost.Body));
        var answer = await second.CommandAsync("how should we store API keys", slack.ResponseUrl("after-restart"));
        Assert.Contains("Vault", await SlashReplies.ReadAsync(answer, slack, "after-restart"), StringComparison.OrdinalIgnoreCase);
    }

    private static List<RecordedCall> Posts(FakeSlack slack, string channel) =>
        [.. slack.CallsTo("chat.postMessage").Where(c => c.Field("channel") == channel)];

    /// <summary>Daily subscriptions made two days ago for a minute ago (UTC): the first check after start finds both due.</summary>
    private static async Task SubscribeDueNowAsync(string stateFile, params string[] channels)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConfBot:Storage:SqlitePath"] = stateFile });
        builder.Services.AddStorage();
        using var host = builder.Build();
        await host.StartAsync();
        var now = DateTimeOffset.UtcNow;
        var dueAt = TimeOnly.FromDateTime(now.UtcDateTime.AddMinutes(-1));
        var store = host.Services.GetRequiredService<IDigestSubscriptionStore>();
        foreach (var channel in channels)
            await store.SaveAsync(new DigestSubscription(channel, new TimeOnly(dueAt.Hour, dueAt.Minute), "Etc/UTC", DigestDays.Daily, now.AddDays(-2)));
        await host.StopAsync();
    }
}

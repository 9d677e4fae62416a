using System.Globalization;
using ConfBot.Core.State;
using ConfBot.IntegrationTests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace ConfBot.IntegrationTests.Digests;

/// <summary>
/// Digests through the real service on a fake clock: subscribed with the slash command, posted by the scheduler to
/// the fake Slack at their time, once — also with two replicas on one PostgreSQL database.
/// </summary>
public sealed class DigestScenarios
{
    private const string Channel = SlackPayloads.CommandChannel;

    // A tick interval short of the test's clock steps, so each step gives every replica at least one check.
    private static readonly Dictionary<string, string?> Fast = new() { ["ConfBot:Digest:TickInterval"] = "00:00:30" };

    // A Wednesday morning: requests are signed by the service's own clock, so it need not be the real time.
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Start.UtcDateTime);

    [Fact]
    public async Task Subscribed_channel_gets_its_digest_at_its_time_and_not_before()
    {
        var clock = new FakeTimeProvider(Start);
        await using var service = await ConfBotService.StartAsync(settings: Fast, clock: clock);
        var due = Start.AddMinutes(30);

        var reply = await CommandAsync(service, "digest subscribe 08:30 UTC daily", "subscribe");
        Assert.Contains("at 08:30 UTC every day", reply);
        Assert.Contains("Wed 25 Nov 2026 08:30 UTC", reply);

        await CheckAtAsync(service, clock, due - TimeSpan.FromMinutes(1));
        Assert.Empty(Digests(service));

        clock.SetUtcNow(due + TimeSpan.FromSeconds(30));
        var posted = await service.Slack.WaitForCallAsync("chat.postMessage", c => c.Field("channel") == Channel);
        Assert.Contains("Talk of the day", SlackMessageText.Of(posted.Body));
        Assert.Equal("Bearer xoxb-test-token", posted.Authorization);
    }

    [Fact]
    public async Task Digest_now_posts_once_and_the_schedule_does_not_repeat_it()
    {
        var clock = new FakeTimeProvider(Start);
        await using var service = await ConfBotService.StartAsync(settings: Fast, clock: clock);
        await CommandAsync(service, "digest subscribe 08:30 UTC daily", "subscribe");

        Assert.Contains("Posted today's digest", await CommandAsync(service, "digest now", "now"));
        Assert.Contains("already posted", await CommandAsync(service, "digest now", "again"));
        var status = await CommandAsync(service, "digest status", "status");
        Assert.DoesNotContain("Last posted: never", status);

        await CheckAtAsync(service, clock, Start.AddMinutes(31));
        Assert.Single(Digests(service));

        // The next day's digest is a new one.
        await CheckAtAsync(service, clock, Start.AddDays(1).AddMinutes(31));
        await AssertPostedAsync(service, new DigestKey(Channel, Today.AddDays(1)));
        Assert.Equal(2, Digests(service).Count);
    }

    [Fact]
    public async Task Preview_status_and_unsubscribe_answer_only_the_typist()
    {
        await using var service = await ConfBotService.StartAsync();

        Assert.Contains("Talk of the day", await CommandAsync(service, "digest preview", "preview"));
        Assert.Contains("gets no digest", await CommandAsync(service, "digest status", "status"));
        Assert.Contains("not a time zone", await CommandAsync(service, "digest subscribe 09:30 Mars/Base", "zone"));
        Assert.Contains("not a time of day", await CommandAsync(service, "digest subscribe 9.30", "time"));
        Assert.Contains("at 09:30 Etc/UTC on weekdays", await CommandAsync(service, "digest subscribe", "defaults"));
        Assert.Contains("no more digests", await CommandAsync(service, "digest unsubscribe", "unsubscribe"));
        Assert.Empty(Digests(service));
    }

    [Fact]
    public async Task Digest_slack_refuses_is_reported_and_recorded_as_failed()
    {
        await using var service = await ConfBotService.StartAsync(clock: new FakeTimeProvider(Start));
        service.Slack.FailNext("chat.postMessage", "not_in_channel");

        var reply = await CommandAsync(service, "digest now", "now");
        Assert.Contains("Posting the digest failed", reply);
        Assert.Contains("not_in_channel", reply);

        var entry = await service.Services.GetRequiredService<IDigestLog>().GetAsync(new DigestKey(Channel, Today));
        Assert.Equal(DigestLogState.Failed, entry?.State);
        Assert.Contains("not_in_channel", entry?.LastError);
    }

    [Fact]
    public async Task Status_tells_a_due_digest_that_is_failing_from_one_not_yet_out()
    {
        var clock = new FakeTimeProvider(Start);
        // No scheduler tick between 08:00 and 09:00: the test moves the digest along with "digest now".
        var hourly = new Dictionary<string, string?> { ["ConfBot:Digest:TickInterval"] = "01:00:00" };
        await using var service = await ConfBotService.StartAsync(settings: hourly, clock: clock);
        await CommandAsync(service, "digest subscribe 08:30 UTC daily", "subscribe");
        clock.SetUtcNow(Start.AddMinutes(31));

        Assert.Contains("The digest due Wed 25 Nov 2026 08:30 UTC has not gone out yet", await CommandAsync(service, "digest status", "due"));
        service.Slack.FailNext("chat.postMessage", "not_in_channel");
        await CommandAsync(service, "digest now", "now");
        Assert.Matches("failed 1 of 5 attempts so far, the last with: .*not_in_channel. Next attempt in 2 min", await CommandAsync(service, "digest status", "failing"));
        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Contains("Posted today's digest", await CommandAsync(service, "digest now", "again"));
        Assert.DoesNotContain("The digest due", await CommandAsync(service, "digest status", "posted"));
    }

    [Fact]
    public async Task Help_lists_the_digest_and_actions_commands_and_a_dm_is_told_where_digests_live()
    {
        await using var service = await ConfBotService.StartAsync();

        var help = await CommandAsync(service, "help", "help");
        Assert.Contains("/confbot digest subscribe [HH:MM]", help);
        Assert.Contains("/confbot actions [open|mine|done] [QUERY]", help);

        await service.PostEventAsync(SlackPayloads.DirectMessage("digest subscribe", eventId: "Ev0DMDIGEST"));
        var reply = await service.Slack.WaitForCallAsync("chat.postMessage", c => c.Field("channel") == SlackPayloads.DmChannel);
        Assert.Contains("in the channel that should get them", SlackMessageText.Of(reply.Body));
    }

    [SkippableFact]
    public async Task Two_replicas_on_one_database_post_each_digest_exactly_once()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        var settings = new Dictionary<string, string?>(Fast);
        foreach (var (key, value) in schema.Settings)
            settings[key] = value;
        await using var slack = await FakeSlack.StartAsync();
        FakeTimeProvider[] clocks = [new(Start), new(Start)];
        await using var first = await ConfBotService.StartAsync(slack: slack, settings: settings, clock: clocks[0]);
        await using var second = await ConfBotService.StartAsync(slack: slack, settings: settings, clock: clocks[1]);
        await CommandAsync(first, "digest subscribe 08:30 UTC daily", "subscribe");

        ConfBotService[] replicas = [first, second];
        for (var day = 0; day < 3; day++)
        {
            var at = Start.AddDays(day).AddMinutes(30).AddSeconds(30);
            await BothCheckAtAsync(at);
            await AssertPostedAsync(first, new DigestKey(Channel, Today.AddDays(day)));
            // Both replicas check again with the day's digest posted; neither may post it a second time.
            await BothCheckAtAsync(at.AddMinutes(1));
            Assert.Equal(day + 1, Digests(first).Count);
        }

        async Task BothCheckAtAsync(DateTimeOffset at)
        {
            foreach (var clock in clocks)
                clock.SetUtcNow(at);
            foreach (var replica in replicas)
                await replica.WaitForDigestCheckAsync(at);
        }
    }

    private static List<RecordedCall> Digests(ConfBotService service) =>
        [.. service.Slack.CallsTo("chat.postMessage").Where(c => c.Field("channel") == Channel)];

    /// <summary>Moves the service's clock to <paramref name="at"/> and returns once the scheduler has checked for due digests there.</summary>
    private static async Task CheckAtAsync(ConfBotService service, FakeTimeProvider clock, DateTimeOffset at)
    {
        clock.SetUtcNow(at);
        await service.WaitForDigestCheckAsync(at);
    }

    private static async Task AssertPostedAsync(ConfBotService service, DigestKey key) =>
        Assert.Equal(DigestLogState.Posted, (await service.Services.GetRequiredService<IDigestLog>().GetAsync(key))?.State);

    private static async Task<string> CommandAsync(ConfBotService service, string text, string responseId) =>
        SlackMessageText.Of(await service.CommandReplyAsync(text, responseId));
}

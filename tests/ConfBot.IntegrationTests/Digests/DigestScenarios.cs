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

    [Fact]
    public async Task Subscribed_channel_gets_its_digest_at_its_time_and_not_before()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var service = await ConfBotService.StartAsync(settings: Fast, clock: clock);
        var due = NextMinute(clock, TimeSpan.FromMinutes(10));

        var reply = await CommandAsync(service, $"digest subscribe {due:HH:mm} UTC daily", "subscribe");
        Assert.Contains($"at {due:HH:mm} UTC every day", reply);

        clock.Advance(due - clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        await Task.Delay(300);
        Assert.Empty(Digests(service));

        clock.SetUtcNow(due + TimeSpan.FromSeconds(30));
        var posted = await service.Slack.WaitForCallAsync("chat.postMessage", c => c.Field("channel") == Channel);
        Assert.Contains("Talk of the day", SlackMessageText.Of(posted.Body));
        Assert.Equal("Bearer xoxb-test-token", posted.Authorization);
    }

    [Fact]
    public async Task Digest_now_posts_once_and_the_schedule_does_not_repeat_it()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var service = await ConfBotService.StartAsync(settings: Fast, clock: clock);
        var due = NextMinute(clock, TimeSpan.FromMinutes(5));
        await CommandAsync(service, $"digest subscribe {due:HH:mm} UTC daily", "subscribe");

        Assert.Contains("Posted today's digest", await CommandAsync(service, "digest now", "now"));
        Assert.Contains("already posted", await CommandAsync(service, "digest now", "again"));
        var status = await CommandAsync(service, "digest status", "status");
        Assert.DoesNotContain("Last posted: never", status);

        clock.SetUtcNow(due + TimeSpan.FromMinutes(1));
        await WaitForPostedAsync(service, new DigestKey(Channel, DateOnly.FromDateTime(due.UtcDateTime)));
        await Task.Delay(300);
        // The day the service was asked on may differ from the digest's own when "now" is just before midnight UTC.
        Assert.InRange(Digests(service).Count, 1, due.UtcDateTime.Date == DateTime.UtcNow.Date ? 1 : 2);
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
        await using var service = await ConfBotService.StartAsync();
        service.Slack.FailNext("chat.postMessage", "not_in_channel");

        var reply = await CommandAsync(service, "digest now", "now");
        Assert.Contains("Posting the digest failed", reply);
        Assert.Contains("not_in_channel", reply);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var entry = await service.Services.GetRequiredService<IDigestLog>().GetAsync(new DigestKey(Channel, today));
        Assert.Equal(DigestLogState.Failed, entry?.State);
        Assert.Contains("not_in_channel", entry?.LastError);
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
        await using var slack = await FakeSlackApi.StartAsync();
        var now = DateTimeOffset.UtcNow;
        FakeTimeProvider[] clocks = [new(now), new(now)];
        await using var first = await ConfBotService.StartAsync(slack: slack, settings: settings, clock: clocks[0]);
        await using var second = await ConfBotService.StartAsync(slack: slack, settings: settings, clock: clocks[1]);
        var due = NextMinute(clocks[0], TimeSpan.FromMinutes(5));
        await CommandAsync(first, $"digest subscribe {due:HH:mm} UTC daily", "subscribe");

        for (var day = 0; day < 3; day++)
        {
            var at = due.AddDays(day) + TimeSpan.FromSeconds(30);
            foreach (var clock in clocks)
                clock.SetUtcNow(at);
            await WaitForPostedAsync(first, new DigestKey(Channel, DateOnly.FromDateTime(at.UtcDateTime)));
            // Both replicas check again with the day's digest posted; neither may post it a second time.
            foreach (var clock in clocks)
                clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(300);
            Assert.Equal(day + 1, Digests(first).Count);
        }
    }

    private static List<RecordedCall> Digests(ConfBotService service) =>
        [.. service.Slack.CallsTo("chat.postMessage").Where(c => c.Field("channel") == Channel)];

    /// <summary>A whole minute at least <paramref name="ahead"/> of the clock, as a subscriber would type it.</summary>
    private static DateTimeOffset NextMinute(TimeProvider clock, TimeSpan ahead)
    {
        var at = clock.GetUtcNow() + ahead + TimeSpan.FromMinutes(1);
        return new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero);
    }

    private static async Task WaitForPostedAsync(ConfBotService service, DigestKey key)
    {
        var log = service.Services.GetRequiredService<IDigestLog>();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while ((await log.GetAsync(key))?.State != DigestLogState.Posted)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"Digest {key} was not posted; {(await log.GetAsync(key))?.State}");
            await Task.Delay(25);
        }
    }

    private static async Task<string> CommandAsync(ConfBotService service, string text, string responseId)
    {
        var ack = await service.PostCommandAsync(SlackPayloads.SlashCommand(text, service.Slack.ResponseUrl(responseId)));
        return SlackMessageText.Of(await SlashReplies.ReadAsync(ack, service.Slack, responseId));
    }
}

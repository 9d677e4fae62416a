using System.Globalization;
using ConfBot.Core.Digests;
using ConfBot.Core.Search;
using ConfBot.Core.State;
using ConfBot.Bot.Replies;
using Microsoft.Extensions.Options;

namespace ConfBot.Bot.Digests;

/// <summary>
/// <c>/confbot digest subscribe|unsubscribe|status|now|preview</c> for the channel the command was typed in. Replies
/// are for the typist only; <c>now</c> posts the digest itself to the channel.
/// </summary>
internal sealed class ChannelDigests(
    IDigestSubscriptionStore subscriptions,
    IDigestLog log,
    IDigestRunner runner,
    IDigestBuilder builder,
    IKnowledgeBase knowledge,
    IOptions<DigestOptions> options,
    TimeProvider time)
{
    public Task<BotReply> HandleAsync(string channelId, string argument, string commandName, CancellationToken cancellationToken) =>
        DigestRequest.Parse(argument) switch
        {
            { Verb: DigestVerb.Subscribe, Schedule: var schedule } => SubscribeAsync(channelId, schedule, cancellationToken),
            { Verb: DigestVerb.Unsubscribe } => UnsubscribeAsync(channelId, cancellationToken),
            { Verb: DigestVerb.Status } => StatusAsync(channelId, commandName, cancellationToken),
            { Verb: DigestVerb.Now } => NowAsync(channelId, cancellationToken),
            { Verb: DigestVerb.Preview } => PreviewAsync(channelId, cancellationToken),
            // The command parser sends only digest words here (CommandArguments.Digest); this answers any other caller.
            _ => Task.FromResult(Text($"I don't know `digest {argument}`.\n{Usage(commandName)}")),
        };

    private static string Usage(string commandName) =>
        $"Use `{commandName} digest subscribe [HH:MM] [time zone] [weekdays|daily]`, `unsubscribe`, `status`, `now` or `preview`.";

    private async Task<BotReply> SubscribeAsync(string channelId, string rest, CancellationToken cancellationToken)
    {
        var (arguments, problem) = SubscribeArguments.Parse(rest);
        if (arguments is null)
            return Text(problem!);
        var subscription = DigestSubscriptions.Create(options.Value, channelId, time.GetUtcNow(), arguments.Time, arguments.TimeZoneId, arguments.Days);
        await subscriptions.SaveAsync(subscription, cancellationToken);
        return Text($"This channel gets ConfBot's digest {DigestTimes.Schedule(subscription)}. The first one: {DigestTimes.Local(DigestSchedule.Next(subscription, time.GetUtcNow()).DueAt, subscription.TimeZoneId)}.");
    }

    private async Task<BotReply> UnsubscribeAsync(string channelId, CancellationToken cancellationToken) =>
        Text(await subscriptions.RemoveAsync(channelId, cancellationToken)
            ? "This channel will get no more digests."
            : "This channel has no digest to stop.");

    private async Task<BotReply> StatusAsync(string channelId, string commandName, CancellationToken cancellationToken)
    {
        if (await subscriptions.GetAsync(channelId, cancellationToken) is not { } subscription)
            return Text($"This channel gets no digest.\n{Usage(commandName)}");
        var now = time.GetUtcNow();
        var next = DigestSchedule.Next(subscription, now).DueAt;
        var last = (await log.GetHistoryAsync(channelId, cancellationToken)).LastPostedAt;
        var latest = DigestSchedule.Latest(subscription, now);
        // A digest that is due but not out (failing, being retried, skipped) is what an admin asking for status wants to know.
        var pending = latest.DueAt < subscription.Since
            ? null
            : Pending(await log.GetAsync(new DigestKey(channelId, latest.LocalDate), cancellationToken), DigestTimes.Local(latest.DueAt, subscription.TimeZoneId));
        return Text($"This channel gets the digest {DigestTimes.Schedule(subscription)}.\n{pending}Next: {DigestTimes.Local(next, subscription.TimeZoneId)}\n"
            + $"Last posted: {(last is { } at ? DigestTimes.Local(at, subscription.TimeZoneId) : "never")}");
    }

    private string? Pending(DigestLogEntry? entry, string dueAt) => entry switch
    {
        null => $"The digest due {dueAt} has not gone out yet; it will within {Minutes(options.Value.CatchUpWindow)} of its time.\n",
        { State: DigestLogState.Claimed } => $"The digest due {dueAt} is being posted.\n",
        { State: DigestLogState.Failed } failed when failed.Attempts >= options.Value.MaxAttempts =>
            $"The digest due {dueAt} was given up after {failed.Attempts} failed attempts, the last with: {failed.LastError}\n",
        { State: DigestLogState.Failed } failed =>
            $"The digest due {dueAt} failed {failed.Attempts} of {options.Value.MaxAttempts} attempts so far, the last with: {failed.LastError}. "
            + $"Next attempt in {Minutes(options.Value.RetryDelay)}.\n",
        { State: DigestLogState.Skipped } => $"The digest due {dueAt} was skipped: ConfBot was down past the catch-up window.\n",
        _ => null,
    };

    private static string Minutes(TimeSpan span) => $"{span.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} min";

    /// <summary>Today's digest, claimed like the scheduled one: posted now it is not posted again at its time, and a posted one is not repeated.</summary>
    private async Task<BotReply> NowAsync(string channelId, CancellationToken cancellationToken)
    {
        var key = await TodayAsync(channelId, cancellationToken);
        var result = await runner.PostNowAsync(key, knowledge.Catalog, cancellationToken);
        return result switch
        {
            { Outcome: DigestOutcome.Posted } => Text("Posted today's digest here. The scheduled one for today will not repeat it."),
            // Posting now either posts or fails; skipping is only for scheduled digests whose time has long passed.
            { Error: var error } => Text($"Posting the digest failed ({error ?? "unknown error"}). If ConfBot is not in this channel, invite it and try again."),
            null when knowledge.Catalog.Talks.Count == 0 => Text("No talks are indexed yet, so there is nothing to post."),
            null => Text(await AlreadyAsync(key, cancellationToken)),
        };
    }

    private async Task<string> AlreadyAsync(DigestKey key, CancellationToken cancellationToken)
    {
        var entry = await log.GetAsync(key, cancellationToken);
        return entry?.State switch
        {
            DigestLogState.Posted => $"Today's digest was already posted ({entry.UpdatedAt.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture)}). `digest preview` shows what it would say now.",
            DigestLogState.Claimed => "Today's digest is being posted right now.",
            _ => "Today's digest failed too often or was skipped; it will not be posted again today. `digest preview` shows what it would say.",
        };
    }

    private async Task<BotReply> PreviewAsync(string channelId, CancellationToken cancellationToken)
    {
        var digest = await builder.BuildAsync(await TodayAsync(channelId, cancellationToken), knowledge.Catalog, time.GetUtcNow(), cancellationToken: cancellationToken);
        return digest is null ? Text("No talks are indexed yet, so there is no digest to preview.") : DigestReply.Render(digest);
    }

    /// <summary>Today in the channel's digest time zone (or the default one), the day a digest is keyed by.</summary>
    private async Task<DigestKey> TodayAsync(string channelId, CancellationToken cancellationToken)
    {
        var zone = (await subscriptions.GetAsync(channelId, cancellationToken))?.TimeZoneId ?? options.Value.DefaultTimeZone;
        return new DigestKey(channelId, DigestSchedule.Today(TimeZoneInfo.FindSystemTimeZoneById(zone), time.GetUtcNow()));
    }

    private static BotReply Text(string text) => BotReply.Say(RichText.WithCode(text));
}

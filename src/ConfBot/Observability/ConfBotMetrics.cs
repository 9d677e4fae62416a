using System.Diagnostics.Metrics;
using ConfBot.Core.Answers;
using ConfBot.Core.Digests;
using ConfBot.Hosting.WarmUp;

namespace ConfBot.Observability;

/// <summary>
/// The service's own instruments on the <see cref="MeterName"/> meter, exported at <c>/metrics</c> under their own
/// names (<c>confbot.http.requests</c> is scraped as <c>confbot_http_requests_total</c>, <c>confbot.answer</c> in
/// seconds as <c>confbot_answer_seconds</c>). The Slack adapter's Web API
/// instruments live beside it in <c>ConfBot.Slack.WebApi.SlackApiMetrics</c>. The warm-up's own requests and answers
/// (<see cref="Hosting.WarmUp.WarmUpTraffic"/>) are left out of every instrument here.
/// </summary>
internal sealed class ConfBotMetrics : IAnswerObserver
{
    public const string MeterName = "ConfBot";

    // Latencies here are milliseconds to seconds; OpenTelemetry's default buckets (0 to 10,000) suit milliseconds only.
    private static readonly InstrumentAdvice<double> SecondsBuckets = new()
    {
        HistogramBucketBoundaries = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    };

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _ackDuration;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _digests;
    private readonly Counter<long> _reloads;
    private readonly Counter<long> _noteWarnings;
    private volatile int _talks;
    private Func<bool> _searchesMeaning = () => false;

    public ConfBotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _requests = meter.CreateCounter<long>("confbot.http.requests",
            description: "HTTP requests by route and outcome (ok, rejected = 4xx, busy = 503, error = other 5xx)");
        _ackDuration = meter.CreateHistogram("confbot.slack.ack", "s",
            "Time from a Slack request's arrival to its ack, by route (Slack gives up after 3 s)", advice: SecondsBuckets);
        _answerDuration = meter.CreateHistogram("confbot.answer", "s", "Time to answer one question from the index", advice: SecondsBuckets);
        _digests = meter.CreateCounter<long>("confbot.digests", description: "Digests acted on by outcome (posted, failed, skipped)");
        _reloads = meter.CreateCounter<long>("confbot.notes.reloads", description: "Index snapshots built from the notes folder and swapped in");
        _noteWarnings = meter.CreateCounter<long>("confbot.notes.reload.errors",
            description: "Warnings while indexing: notes skipped (binary, not text, too large, unreadable, converter missing) or read leniently (front matter, encoding)");
        var build = BuildInfo.Current;
        meter.CreateObservableGauge("confbot.build.info", () => new Measurement<int>(1, new("version", build.Version), new("commit", build.Commit)),
            description: "Always 1; its labels say which version and commit this process runs");
        meter.CreateObservableGauge("confbot.talks.indexed", () => _talks, description: "Talks in the index now serving answers");
        meter.CreateObservableGauge("confbot.search.meaning", () => _searchesMeaning() ? 1 : 0,
            description: "1 when the snapshot serving answers searches by meaning as well as by words; 0 while its notes are still being embedded, or when semantic search is off");
    }

    /// <summary>Where <c>search.meaning</c> is read from when it is scraped.</summary>
    public void ObserveSearchMode(Func<bool> searchesMeaning) => _searchesMeaning = searchesMeaning;

    public void RequestHandled(string route, int statusCode, TimeSpan elapsed, bool isSlack)
    {
        if (WarmUpTraffic.Current)
            return;
        _requests.Add(1, new("route", route), new("outcome", Outcome(statusCode)));
        if (isSlack)
            _ackDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("route", route));
    }

    public void Answered(TimeSpan elapsed)
    {
        if (!WarmUpTraffic.Current)
            _answerDuration.Record(elapsed.TotalSeconds);
    }

    /// <summary>For the digest scheduler: call once per <see cref="DigestRunResult"/>.</summary>
    public void DigestRan(DigestOutcome outcome) =>
        _digests.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant()));

    public void IndexReloaded(int talks, int warnings)
    {
        _talks = talks;
        _reloads.Add(1);
        if (warnings > 0)
            _noteWarnings.Add(warnings);
    }

    private static string Outcome(int statusCode) => statusCode switch
    {
        < 400 => "ok",
        StatusCodes.Status503ServiceUnavailable => "busy",
        < 500 => "rejected",
        _ => "error",
    };
}

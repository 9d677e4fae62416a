using System.Diagnostics.Metrics;
using ConfBot.Core.Answers;
using ConfBot.Core.Digests;
using ConfBot.Hosting.WarmUp;

namespace ConfBot.Observability;

/// <summary>
/// The service's own instruments on the <see cref="MeterName"/> meter, exported at <c>/metrics</c> with the meter name
/// as prefix (<c>http.requests.total</c> becomes <c>confbot_http_requests_total</c>). The Slack adapter's Web API
/// instruments live beside it in <c>ConfBot.Slack.WebApi.SlackApiMetrics</c>. The warm-up's own requests and answers
/// (<see cref="Hosting.WarmUp.WarmUpTraffic"/>) are left out of every instrument here.
/// </summary>
internal sealed class ConfBotMetrics : IAnswerObserver
{
    public const string MeterName = "ConfBot";

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
        _requests = meter.CreateCounter<long>("http.requests.total",
            description: "HTTP requests by route and outcome (ok, rejected = 4xx, busy = 503, error = other 5xx)");
        _ackDuration = meter.CreateHistogram<double>("slack.ack.seconds", "s",
            "Time from a Slack request's arrival to its ack, by route (Slack gives up after 3 s)");
        _answerDuration = meter.CreateHistogram<double>("answer.seconds", "s", "Time to answer one question from the index");
        _digests = meter.CreateCounter<long>("digests.total", description: "Digests acted on by outcome (posted, failed, skipped)");
        _reloads = meter.CreateCounter<long>("notes.reloads.total", description: "Index snapshots built from the notes folder and swapped in");
        _noteWarnings = meter.CreateCounter<long>("notes.reload.errors.total",
            description: "Warnings while indexing: notes skipped (binary, not text, too large, unreadable, converter missing) or read leniently (front matter, encoding)");
        meter.CreateObservableGauge("talks.indexed", () => _talks, description: "Talks in the index now serving answers");
        meter.CreateObservableGauge("search.meaning", () => _searchesMeaning() ? 1 : 0,
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

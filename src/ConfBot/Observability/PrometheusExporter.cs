using System.Diagnostics.Metrics;
using ConfBot.Slack.WebApi;
using Prometheus;

namespace ConfBot.Observability;

/// <summary>
/// Publishes this service's meters (<see cref="ConfBotMetrics"/>, the Slack adapter's Web API meter, and the
/// runtime's GC and memory meter) in its own Prometheus registry for <c>/metrics</c>. Only meters made by this host's
/// <see cref="IMeterFactory"/> are taken, so two services in one process (as in the tests) never mix their counts.
/// It listens from the moment it is made: a hosted service is made before the host starts any, so what happens
/// in the starting phase (the first index of the notes) is counted too.
/// </summary>
internal sealed class PrometheusExporter : IHostedService, IDisposable
{
    private const string RuntimeMeter = "System.Runtime";

    // Latencies here are milliseconds; the default buckets (5 ms to 10 s) would put nearly everything in the first.
    private static readonly double[] SecondsBuckets = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly IMeterFactory _meters;
    private readonly IDisposable _adapter;

    public PrometheusExporter(IMeterFactory meters)
    {
        _meters = meters;
        _adapter = MeterAdapter.StartListening(new MeterAdapterOptions
        {
            Registry = Registry,
            MetricFactory = Metrics.WithCustomRegistry(Registry),
            InstrumentFilterPredicate = Exported,
            ResolveHistogramBuckets = _ => SecondsBuckets,
        });
    }

    public CollectorRegistry Registry { get; } = Metrics.NewCustomRegistry();

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // ASP.NET Core's and HttpClient's own meters are left out: per-request histograms with many labels cost
    // measurable latency at Slack's peak, and ours already count requests by route and outcome.
    private bool Exported(Instrument instrument) =>
        instrument.Meter.Name == RuntimeMeter
        || (ReferenceEquals(instrument.Meter.Scope, _meters) && instrument.Meter.Name is ConfBotMetrics.MeterName or SlackApiMetrics.MeterName);

    public void Dispose() => _adapter.Dispose();
}

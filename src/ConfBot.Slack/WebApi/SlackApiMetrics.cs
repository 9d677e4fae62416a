using System.Diagnostics.Metrics;

namespace ConfBot.Slack.WebApi;

/// <summary>
/// Web API instruments on the <see cref="MeterName"/> meter: calls by method and outcome, retries, and the circuit
/// breaker's state, so an operator sees Slack trouble before users report missing answers. Names carry their
/// exported prefix (<c>confbot.slack.api.calls</c> is scraped as <c>confbot_slack_api_calls_total</c>); only a failed
/// call has an <c>error</c> tag, so a success is not a series with an empty label.
/// </summary>
public sealed class SlackApiMetrics
{
    public const string MeterName = "ConfBot.Slack";

    private readonly Counter<long> _calls;
    private readonly Counter<long> _retries;
    private volatile CircuitState _circuit = CircuitState.Closed;

    public SlackApiMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _calls = meter.CreateCounter<long>("confbot.slack.api.calls", description: "Slack Web API calls (after retries) by method and outcome; error carries Slack's error code");
        _retries = meter.CreateCounter<long>("confbot.slack.api.retries", description: "Slack Web API attempts retried after a 429, 5xx, timeout or connection failure");
        meter.CreateObservableGauge("confbot.slack.api.circuit.state", () => (int)_circuit,
            description: "Circuit breaker around the Slack Web API: 0 closed, 1 half-open, 2 open (calls fail fast)");
    }

    /// <summary>Slack is being called normally (closed), probed (half-open) or not at all (open).</summary>
    public enum CircuitState
    {
        Closed = 0,
        HalfOpen = 1,
        Open = 2,
    }

    public CircuitState Circuit => _circuit;

    internal void CallSucceeded(string method) =>
        _calls.Add(1, new("method", method), new("outcome", "ok"));

    internal void CallFailed(string method, string error) =>
        _calls.Add(1, new("method", method), new("outcome", "error"), new("error", error));

    internal void Retried() => _retries.Add(1);

    internal void CircuitChanged(CircuitState state) => _circuit = state;
}

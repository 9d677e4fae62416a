using System.Globalization;

namespace ConfBot.LoadTest;

/// <summary>
/// The service's own view of its slash command acks, from the <c>confbot_slack_ack_seconds</c> histogram at
/// <c>/metrics</c>: the share of acks within 20 ms, which excludes the load generator's queueing on the shared cores.
/// </summary>
internal sealed record ServerAckLatency(double Count, double Within20Ms)
{
    private const string Bucket = "confbot_slack_ack_seconds_bucket{";

    public static async Task<ServerAckLatency> ReadAsync(HttpClient client)
    {
        var lines = (await client.GetStringAsync("metrics")).Split('\n')
            .Where(l => l.StartsWith(Bucket, StringComparison.Ordinal) && l.Contains("route=\"/slack/commands\"", StringComparison.Ordinal))
            .ToList();
        return new ServerAckLatency(Value(lines, "le=\"+Inf\""), Value(lines, "le=\"0.02\""));
    }

    private static double Value(List<string> lines, string label) =>
        lines.Where(l => l.Contains(label, StringComparison.Ordinal))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}

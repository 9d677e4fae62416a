using System.Globalization;

namespace ConfBot.LoadTest;

/// <summary>
/// The service's own view of its slash command acks, from <c>/metrics</c>: the share of acks within 20 ms (which
/// leaves out queueing in the load generator on the shared cores), and the mean ack and answer times, which show how
/// much of an ack is the search itself.
/// </summary>
internal sealed record ServerAckLatency(double Count, double Within20Ms, double MeanAckMs, double MeanAnswerMs)
{
    private const string Commands = "route=\"/slack/commands\"";

    public static async Task<ServerAckLatency> ReadAsync(HttpClient client)
    {
        var lines = (await client.GetStringAsync("metrics")).Split('\n').Where(l => !l.StartsWith('#')).ToList();
        var count = Sum(lines, "confbot_slack_ack_seconds_count{", Commands);
        return new ServerAckLatency(
            count,
            Sum(lines, "confbot_slack_ack_seconds_bucket{", Commands, "le=\"0.02\""),
            1000 * Sum(lines, "confbot_slack_ack_seconds_sum{", Commands) / count,
            1000 * Sum(lines, "confbot_answer_seconds_sum") / Sum(lines, "confbot_answer_seconds_count"));
    }

    private static double Sum(List<string> lines, string prefix, params string[] labels) =>
        lines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal) && labels.All(label => l.Contains(label, StringComparison.Ordinal)))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}

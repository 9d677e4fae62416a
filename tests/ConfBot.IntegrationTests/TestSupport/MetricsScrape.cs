using System.Globalization;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>Reads <c>/metrics</c> in the Prometheus text format and sums the samples a test asks about.</summary>
internal sealed class MetricsScrape(string text)
{
    public string Text { get; } = text;

    public static async Task<MetricsScrape> ReadAsync(HttpClient client) => new(await client.GetStringAsync("metrics"));

    /// <summary>Sum of the samples of <paramref name="name"/> whose labels contain every one of <paramref name="labels"/> (e.g. <c>outcome="ok"</c>).</summary>
    public double Sum(string name, params string[] labels) =>
        Text.Split('\n')
            .Where(line => line.StartsWith(name, StringComparison.Ordinal) && (line.Length == name.Length || line[name.Length] is '{' or ' '))
            .Where(line => labels.All(label => line.Contains(label, StringComparison.Ordinal)))
            .Sum(Value);

    // A sample is `name{labels} value [timestamp]`; label values may hold spaces, so read after the labels.
    private static double Value(string line)
    {
        var afterLabels = line.LastIndexOf('}') is var close and >= 0 ? line[(close + 1)..] : line[line.IndexOf(' ', StringComparison.Ordinal)..];
        return double.Parse(afterLabels.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
    }
}

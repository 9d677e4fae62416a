namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>One log line as a formatter would see it: message, exception, and the state and scope values.</summary>
internal sealed record LogEntry(string Category, LogLevel Level, string Message, string? Exception, IReadOnlyList<KeyValuePair<string, string>> Values)
{
    public string AllText => string.Join('\n', [Category, Message, Exception ?? "", .. Values.Select(v => $"{v.Key}={v.Value}")]);

    public bool HasValue(string key) => Values.Any(v => v.Key == key && v.Value.Length > 0);
}

using System.Collections.Concurrent;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>Keeps every log entry of a service, with its scopes, for assertions on what operators would see.</summary>
internal sealed class RecordingLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new List<KeyValuePair<string, string>>();
            Collect(state, values);
            owner._scopes.ForEachScope((scope, list) => Collect(scope, list), values);
            owner.Entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception?.ToString(), values));
        }

        private static void Collect(object? state, List<KeyValuePair<string, string>> values)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
                values.AddRange(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value?.ToString() ?? "")));
            else if (state is not null)
                values.Add(KeyValuePair.Create("", state.ToString() ?? ""));
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>Every message and exception logged by any category, for checks that no secret reaches the logs.</summary>
internal sealed class RecordedLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
    }
}

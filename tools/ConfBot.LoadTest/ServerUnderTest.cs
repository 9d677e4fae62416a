namespace ConfBot.LoadTest;

/// <summary>
/// What the phases need to know about the server they drive: where it listens, where slash commands go, and
/// whether it has ConfBot's <c>/healthz</c> and <c>/metrics</c> (a minimal Bolt app has neither).
/// </summary>
internal sealed class ServerUnderTest(string name, ServerProcess process, Uri baseAddress, string commandsPath, bool isConfBot) : IAsyncDisposable
{
    public const string SigningSecret = "load-test-signing-secret";

    public string Name { get; } = name;

    public Uri BaseAddress { get; } = baseAddress;

    public string CommandsPath { get; } = commandsPath;

    public bool HasHealthzAndMetrics { get; } = isConfBot;

    public int ProcessId => process.Id;

    public TimeSpan SpawnToReady => process.SpawnToReady;

    public ValueTask DisposeAsync() => process.DisposeAsync();
}

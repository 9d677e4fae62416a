using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ConfBot.LoadTest;

/// <summary>
/// A server under test in its own process on 127.0.0.1, timed from spawn until its own readiness probe first
/// succeeds: that start-up time is part of what is compared, so it is measured here rather than assumed. It runs in a
/// scratch folder of its own, removed afterwards, so that no run finds another's database or files.
/// </summary>
internal sealed class ServerProcess(Process process, DirectoryInfo scratch, TimeSpan spawnToReady) : IAsyncDisposable
{
    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromSeconds(60);

    // Fine enough that the wait itself is a small part of a start-up of half a second.
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(20);

    public int Id => process.Id;

    public TimeSpan SpawnToReady { get; } = spawnToReady;

    public static Uri FreeLoopbackAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
    }

    public static async Task<ServerProcess> StartAsync(ProcessStartInfo start, Func<Task<bool>> isReady)
    {
        // The server's log lines are drained, not shown, so the report stays readable; its errors still show.
        start.RedirectStandardOutput = true;
        var scratch = Directory.CreateTempSubdirectory("confbot-load-");
        start.WorkingDirectory = scratch.FullName;
        var spawned = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        while (Stopwatch.GetElapsedTime(spawned) < ReadyDeadline && !process.HasExited)
        {
            if (await ProbeAsync(isReady))
                return new ServerProcess(process, scratch, Stopwatch.GetElapsedTime(spawned));
            await Task.Delay(ProbeInterval);
        }

        await new ServerProcess(process, scratch, TimeSpan.Zero).DisposeAsync();
        throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not become ready");
    }

    private static async Task<bool> ProbeAsync(Func<Task<bool>> isReady)
    {
        try
        {
            return await isReady();
        }
        catch (HttpRequestException)
        {
            return false; // Not listening yet.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        scratch.Delete(recursive: true);
    }
}

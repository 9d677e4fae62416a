using System.Diagnostics;

namespace ConfBot.Host.Tests.Cli;

/// <summary>
/// The built <c>confbot</c> run as a user runs it: its own process, in an empty working folder with its own home, so
/// what it prints, where it prints it and how it exits are what a person at a terminal gets.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private static readonly string RepositoryRoot = FindRoot();

    public string Folder { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "confbot-cli-" + Guid.NewGuid().ToString("N"))).FullName;

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    /// <summary>confbot.dll as the solution built it, in the configuration these tests were built in.</summary>
    public static string Binary
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.Combine(RepositoryRoot, "src", "ConfBot", "bin", configuration, "net10.0", "confbot.dll");
        }
    }

    public Task<CliResult> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string?>(), null, arguments);

    public async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string?> environment, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Binary);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Isolate(start.Environment);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        return await RunAsync(start, input);
    }

    /// <summary>
    /// The command under a pseudo-terminal (util-linux <c>script</c>), as a person typing at a prompt runs it: each
    /// line is typed once the prompt (<paramref name="prompt"/>) has been shown for it, since a terminal program
    /// may discard what was typed before it started reading.
    /// </summary>
    public async Task<CliResult> RunAtTerminalAsync(string prompt, IReadOnlyList<string> lines, params string[] arguments)
    {
        var command = string.Join(' ', new[] { "dotnet", Binary }.Concat(arguments).Select(Quote));
        var start = new ProcessStartInfo("script")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--quiet", "--return", "--command", command, "/dev/null" })
            start.ArgumentList.Add(argument);
        Isolate(start.Environment);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var shown = new System.Text.StringBuilder();
        var buffer = new char[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var typed = 0;
        while (await process.StandardOutput.ReadAsync(buffer, timeout.Token) is var read and > 0)
        {
            shown.Append(buffer, 0, read);
            if (typed < lines.Count && Occurrences(shown.ToString(), prompt) > typed)
                await process.StandardInput.WriteAsync(lines[typed++] + "\n");
            if (typed == lines.Count)
                process.StandardInput.Close();
        }

        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, shown.ToString(), await error);
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    private void Isolate(IDictionary<string, string?> environment)
    {
        // Nothing of the developer's own settings or state: a home of its own, no ConfBot__ variables, words only
        // (the model's first embedding of the seeds would take most of a test's time).
        foreach (var name in environment.Keys.Where(k => k.StartsWith("ConfBot__", StringComparison.OrdinalIgnoreCase)).ToList())
            environment.Remove(name);
        environment["HOME"] = Folder;
        environment["XDG_DATA_HOME"] = Path.Combine(Folder, "data");
        environment["ConfBot__Search__Semantic"] = "false";
        environment["DOTNET_NOLOGO"] = "1";
        environment.Remove("CONFBOT_DEBUG");
    }

    private static async Task<CliResult> RunAsync(ProcessStartInfo start, string? input)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
            await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ConfBot.sln")))
                return dir.FullName;
        throw new InvalidOperationException("ConfBot.sln not found above the test binary.");
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>How a <see cref="CliProcess"/> run ended.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

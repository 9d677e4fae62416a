using System.Diagnostics;

namespace ConfBot.Deploy.Tests.TestSupport;

/// <summary>
/// An external checker the deploy tests run (kubectl, docker-compose, dockerfile-utils). CI installs each one
/// (.ci/run), so there these tests always run; a developer without one sees them skipped, saying what to install.
/// Under CI=true a missing tool fails the test, so a broken install step cannot pass as green.
/// </summary>
internal sealed class Tool(string path, string install, string? needs = null)
{
    public static Tool Kubectl { get; } = new(OnPath("kubectl"), "kubectl with kustomize (on the machine image; Debian's kubernetes-client is too old)");

    public static Tool DockerCompose { get; } = new(OnPath("docker-compose"), "apt-get install docker-compose");

    public static Tool DockerfileLint { get; } = new(
        Path.Combine(Repository.Root, ".ci", "tools", "node_modules", ".bin", "dockerfile-utils"), "npm ci --prefix .ci/tools");

    /// <summary>.ci/tools/validate-kubernetes.mjs: the Kubernetes and Prometheus Operator JSON schemas, through node.</summary>
    public static Tool KubernetesSchema { get; } = new(
        Path.Combine(Repository.Root, ".ci", "tools", "validate-kubernetes.mjs"), "npm ci --prefix .ci/tools",
        needs: Path.Combine(Repository.Root, ".ci", "tools", "node_modules", "kubernetes-models"));

    /// <summary>Skips the calling test (fails it under CI=true) when the tool is not installed.</summary>
    public void Require()
    {
        if (File.Exists(path) && (needs is null || Directory.Exists(needs)))
            return;
        var missing = $"{Path.GetFileName(path)} is not installed ({install})";
        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", missing);
        throw new SkipException(missing);
    }

    public ToolResult Run(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        Require();
        var start = new ProcessStartInfo(path) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // A null value removes a variable the test process has, so a developer's own settings cannot leak in.
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), $"{path} did not finish within a minute");
        return new ToolResult(process.ExitCode, output.Result, error.Result);
    }

    private static string OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists) ?? program;
}

using ConfBot.Deploy.Tests.TestSupport;

namespace ConfBot.Deploy.Tests.Kubernetes;

/// <summary>The Kustomize overlays under deploy/kustomize, rendered offline by <c>kubectl kustomize</c>.</summary>
internal static class Kustomize
{
    public static readonly TheoryData<string> Overlays = new() { "http", "socket", "postgres" };

    public static string OverlayFolder(string overlay) => Path.Combine(Repository.Deploy, "kustomize", "overlays", overlay);

    public static string Render(string folder)
    {
        var result = Tool.Kubectl.Run(Repository.Root, null, "kustomize", folder);
        Assert.True(result.ExitCode == 0, $"kubectl kustomize {folder}: {result}");
        return result.Output;
    }
}

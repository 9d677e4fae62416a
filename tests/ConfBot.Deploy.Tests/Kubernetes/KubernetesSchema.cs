using ConfBot.Deploy.Tests.TestSupport;

namespace ConfBot.Deploy.Tests.Kubernetes;

/// <summary>
/// Kubernetes YAML checked against the API's JSON schemas (.ci/tools/validate-kubernetes.mjs): the required fields,
/// types and enums that the strict load into the client's types (<see cref="ManifestObjects"/>) does not check.
/// </summary>
internal static class KubernetesSchema
{
    public static ToolResult Validate(string yaml)
    {
        using var folder = new TempFolder();
        var file = folder.Write("manifest.yaml", yaml);
        return Tool.KubernetesSchema.Run(Repository.Root, null, file);
    }

    public static void AssertValid(string yaml)
    {
        var result = Validate(yaml);
        Assert.True(result.ExitCode == 0, $"Kubernetes JSON schema: {result}");
    }
}

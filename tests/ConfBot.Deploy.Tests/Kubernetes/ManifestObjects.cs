using k8s;

namespace ConfBot.Deploy.Tests.Kubernetes;

/// <summary>
/// Reads Kubernetes YAML into the official client's API types (generated from the Kubernetes OpenAPI spec) in strict
/// mode: an unknown or misspelt field, a wrong type or an unknown kind is an error, as the API server would say.
/// </summary>
internal static class ManifestObjects
{
    // Prometheus Operator's ServiceMonitor is a custom resource the client has no type for; its CRD schema checks it
    // (<see cref="KubernetesSchema"/>).
    private static readonly HashSet<string> CustomKinds = ["monitoring.coreos.com/v1/ServiceMonitor"];

    public static IReadOnlyList<object> Load(string yaml)
    {
        var documents = yaml.Split(["\n---\n", "\n---\r\n"], StringSplitOptions.RemoveEmptyEntries)
            .Where(document => !CustomKinds.Any(kind => IsKind(document, kind)));
        return [.. KubernetesYaml.LoadAllFromString(string.Join("\n---\n", documents), strict: true)];
    }

    public static IEnumerable<T> OfType<T>(string yaml) => Load(yaml).OfType<T>();

    private static bool IsKind(string document, string apiVersionAndKind)
    {
        var slash = apiVersionAndKind.LastIndexOf('/');
        return document.Contains($"apiVersion: {apiVersionAndKind[..slash]}\n", StringComparison.Ordinal)
            && document.Contains($"kind: {apiVersionAndKind[(slash + 1)..]}\n", StringComparison.Ordinal);
    }
}

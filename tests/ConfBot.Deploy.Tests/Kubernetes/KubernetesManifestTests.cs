using ConfBot.Deploy.Tests.TestSupport;
using k8s.Models;

namespace ConfBot.Deploy.Tests.Kubernetes;

public sealed class KubernetesManifestTests
{
    private static string PlainManifest => Repository.Read("deploy/kubernetes/confbot.yaml");

    [SkippableTheory]
    [MemberData(nameof(Kustomize.Overlays), MemberType = typeof(Kustomize))]
    public void Overlay_renders_to_valid_Kubernetes_objects(string overlay)
    {
        var rendered = Kustomize.Render(Kustomize.OverlayFolder(overlay));
        var objects = ManifestObjects.Load(rendered);

        KubernetesSchema.AssertValid(rendered);
        Assert.Single(objects.OfType<V1Deployment>());
        Assert.Single(objects.OfType<V1PodDisruptionBudget>());
        Assert.Single(objects.OfType<V1NetworkPolicy>());
    }

    [SkippableFact]
    public void Optional_components_render_with_an_overlay()
    {
        using var folder = new TempFolder();
        // Kustomize takes relative paths only.
        string From(params string[] parts) => Path.GetRelativePath(folder.Path, Path.Combine([Repository.Deploy, "kustomize", .. parts]));
        folder.Write("kustomization.yaml", $"""
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources: ["{From("overlays", "postgres")}"]
            components:
              - {From("components", "servicemonitor")}
              - {From("components", "configmap-notes")}
            """);

        var rendered = Kustomize.Render(folder.Path);

        var pod = Assert.Single(ManifestObjects.OfType<V1Deployment>(rendered)).Spec.Template.Spec;
        Assert.Null(pod.InitContainers);
        Assert.Equal("confbot-notes", Assert.Single(pod.Volumes, v => v.Name == "notes").ConfigMap.Name);
        Assert.Contains("kind: ServiceMonitor", rendered, StringComparison.Ordinal);
        // The scrape goes to a metrics port of its own, which the Service exposes and the NetworkPolicy lets in.
        var confbot = Assert.Single(pod.Containers, c => c.Name == "confbot");
        Assert.Equal("9090", Assert.Single(confbot.Env, e => e.Name == "ConfBot__Metrics__Port").Value);
        Assert.Equal(9090, Assert.Single(confbot.Ports, p => p.Name == "metrics").ContainerPort);
        Assert.Contains(Assert.Single(ManifestObjects.OfType<V1Service>(rendered)).Spec.Ports, p => p.Name == "metrics" && p.Port == 9090);
        Assert.Contains(Assert.Single(ManifestObjects.OfType<V1NetworkPolicy>(rendered)).Spec.Ingress[0].Ports, p => p.Port.Value == "9090");
        Assert.Matches(@"kind: ServiceMonitor[\s\S]*endpoints:[\s\S]*port: metrics", rendered);
        Assert.Empty(PodSecurity.Violations(pod));
        KubernetesSchema.AssertValid(rendered);
    }

    [SkippableFact]
    public void Plain_manifest_is_valid_and_meets_restricted_pod_security()
    {
        var deployment = Assert.Single(ManifestObjects.OfType<V1Deployment>(PlainManifest));

        Assert.Empty(PodSecurity.Violations(deployment.Spec.Template.Spec));
        KubernetesSchema.AssertValid(PlainManifest);
    }

    [SkippableFact]
    public void Plain_manifest_is_what_the_postgres_overlay_renders()
    {
        var withoutHeader = string.Concat(PlainManifest.Split('\n').SkipWhile(line => line.StartsWith('#')).Select(line => line + "\n")).TrimEnd();

        Assert.Equal(Kustomize.Render(Kustomize.OverlayFolder("postgres")).TrimEnd(), withoutHeader);
    }

    [Theory]
    [InlineData("allowPrivilegeEscalation: false", "allowPrivilegeEscalaton: false")]
    [InlineData("replicas: 2", "replicas: two")]
    [InlineData("kind: PodDisruptionBudget", "kind: PodDisruptionBudgets")]
    public void A_broken_copy_fails_validation(string good, string broken)
    {
        Assert.ThrowsAny<Exception>(() => ManifestObjects.Load(BrokenCopy.Of(PlainManifest, good, broken)));
    }

    // What the typed load lets through: a required field left out, a value of the wrong type in a list, an unknown kind.
    [SkippableTheory]
    [InlineData("  replicas: 2\n  selector:\n    matchLabels:\n      app.kubernetes.io/instance: confbot\n      app.kubernetes.io/name: confbot\n      app.kubernetes.io/part-of: confbot\n",
        "  replicas: 2\n", "must have required property selector")]
    [InlineData("containerPort: 8080", "containerPort: \"8080\"", "containerPort must be integer")]
    [InlineData("kind: NetworkPolicy", "kind: NetworkPolicies", "no schema for networking.k8s.io/v1 NetworkPolicies")]
    public void A_broken_copy_fails_the_Kubernetes_JSON_schema(string good, string broken, string reason)
    {
        var result = KubernetesSchema.Validate(BrokenCopy.Of(PlainManifest, good, broken));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, result.Output, StringComparison.Ordinal);
    }
}

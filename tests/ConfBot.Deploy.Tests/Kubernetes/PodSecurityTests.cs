using ConfBot.Deploy.Tests.TestSupport;
using k8s.Models;

namespace ConfBot.Deploy.Tests.Kubernetes;

public sealed class PodSecurityTests
{
    [SkippableTheory]
    [MemberData(nameof(Kustomize.Overlays), MemberType = typeof(Kustomize))]
    public void Every_overlay_meets_restricted_pod_security(string overlay) =>
        Assert.Empty(PodSecurity.Violations(Pod(Kustomize.Render(Kustomize.OverlayFolder(overlay)))));

    [Theory]
    [InlineData("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true", "confbot: allowPrivilegeEscalation is not false")]
    [InlineData("drop:\n            - ALL", "drop:\n            - NET_RAW", "confbot: capabilities do not drop ALL")]
    [InlineData("type: RuntimeDefault", "type: Unconfined", "confbot: seccompProfile is not RuntimeDefault or Localhost")]
    [InlineData("runAsNonRoot: true", "runAsNonRoot: false", "confbot: runAsNonRoot is not true")]
    [InlineData("automountServiceAccountToken: false", "automountServiceAccountToken: true", "automountServiceAccountToken is not false")]
    [InlineData("image: registry.example.com/confbot:1.0.0", "image: registry.example.com/confbot:latest", "confbot: image 'registry.example.com/confbot:latest' has no explicit release tag")]
    [InlineData("- emptyDir: {}\n        name: tmp", "- hostPath: { path: /tmp }\n        name: tmp", "volume tmp is of a type restricted forbids")]
    public void A_broken_copy_is_named_for_the_rule_it_breaks(string good, string broken, string violation)
    {
        var manifest = Repository.Read("deploy/kubernetes/confbot.yaml");

        Assert.Contains(violation, PodSecurity.Violations(Pod(BrokenCopy.Of(manifest, good, broken))));
    }

    [Fact]
    public void Pods_pause_before_stopping_and_are_probed_on_plain_readyz()
    {
        var pod = Pod(Repository.Read("deploy/kubernetes/confbot.yaml"));
        var confbot = Assert.Single(pod.Containers);

        var pause = confbot.Lifecycle.PreStop.Sleep.Seconds;
        Assert.True(pod.TerminationGracePeriodSeconds > pause + 15, "the grace period covers the pause and the app's own drain");
        Assert.Equal("/readyz", confbot.ReadinessProbe.HttpGet.Path);
        Assert.Equal("/healthz", confbot.LivenessProbe.HttpGet.Path);
        Assert.NotNull(confbot.StartupProbe);
        Assert.Equal(2, pod.TopologySpreadConstraints.Count);
    }

    private static V1PodSpec Pod(string yaml) => Assert.Single(ManifestObjects.OfType<V1Deployment>(yaml)).Spec.Template.Spec;
}

using k8s.Models;

namespace ConfBot.Deploy.Tests.Kubernetes;

/// <summary>
/// The Pod Security Standards' "restricted" profile (kubernetes.io/docs/concepts/security/pod-security-standards),
/// plus what this project asks of every pod on top: a read-only root, no service-account token, a release tag.
/// Returns what a pod template breaks; empty when it meets them all.
/// </summary>
internal static class PodSecurity
{
    // Restricted allows only these volume types (hostPath and the rest are Baseline's or worse).
    private static readonly string[] AllowedVolumeSources =
        ["ConfigMap", "Csi", "DownwardAPI", "EmptyDir", "Ephemeral", "PersistentVolumeClaim", "Projected", "Secret"];

    public static IReadOnlyList<string> Violations(V1PodSpec pod)
    {
        var violations = new List<string>();
        void Check(bool ok, string rule) { if (!ok) violations.Add(rule); }

        Check(pod.HostNetwork != true && pod.HostPID != true && pod.HostIPC != true, "host namespaces are shared");
        Check(pod.AutomountServiceAccountToken == false, "automountServiceAccountToken is not false");
        foreach (var volume in pod.Volumes ?? [])
        {
            var source = typeof(V1Volume).GetProperties().Where(p => p.Name != nameof(V1Volume.Name) && p.GetValue(volume) is not null).Select(p => p.Name);
            Check(source.All(AllowedVolumeSources.Contains), $"volume {volume.Name} is of a type restricted forbids");
        }

        foreach (var container in (pod.InitContainers ?? []).Concat(pod.Containers))
        {
            var context = container.SecurityContext;
            var name = container.Name;
            Check(context?.Privileged != true, $"{name}: privileged");
            Check(context?.AllowPrivilegeEscalation == false, $"{name}: allowPrivilegeEscalation is not false");
            Check(context?.Capabilities?.Drop?.Contains("ALL") == true, $"{name}: capabilities do not drop ALL");
            Check((context?.Capabilities?.Add ?? []).All(capability => capability == "NET_BIND_SERVICE"), $"{name}: adds capabilities");
            Check((context?.RunAsNonRoot ?? pod.SecurityContext?.RunAsNonRoot) == true, $"{name}: runAsNonRoot is not true");
            Check((context?.RunAsUser ?? pod.SecurityContext?.RunAsUser) != 0, $"{name}: runs as user 0");
            var seccomp = context?.SeccompProfile?.Type ?? pod.SecurityContext?.SeccompProfile?.Type;
            Check(seccomp is "RuntimeDefault" or "Localhost", $"{name}: seccompProfile is not RuntimeDefault or Localhost");
            Check(context?.ReadOnlyRootFilesystem == true, $"{name}: root filesystem is writable");
            Check(HasReleaseTag(container.Image), $"{name}: image '{container.Image}' has no explicit release tag");
        }

        return violations;
    }

    private static bool HasReleaseTag(string image)
    {
        var name = image.Split('@')[0];
        var colon = name.LastIndexOf(':');
        return colon > name.LastIndexOf('/') && name[(colon + 1)..] != "latest";
    }
}

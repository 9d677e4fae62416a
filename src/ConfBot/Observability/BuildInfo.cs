using System.Reflection;

namespace ConfBot.Observability;

/// <summary>
/// The version and commit this binary was built from, as MinVer and the SDK stamp them in the informational
/// version (<c>0.3.0-alpha.0.7+0be3184…</c>): what <c>--version</c>, <c>confbot_build_info</c> and traces say.
/// </summary>
internal sealed record BuildInfo(string Version, string Commit)
{
    public static BuildInfo Current { get; } = Parse(
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    public static BuildInfo Parse(string? informationalVersion)
    {
        if (string.IsNullOrWhiteSpace(informationalVersion))
            return new BuildInfo("0.0.0", "unknown");
        var plus = informationalVersion.IndexOf('+', StringComparison.Ordinal);
        return plus < 0
            ? new BuildInfo(informationalVersion, "unknown")
            : new BuildInfo(informationalVersion[..plus], informationalVersion[(plus + 1)..]);
    }
}

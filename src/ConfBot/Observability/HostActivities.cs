using System.Diagnostics;

namespace ConfBot.Observability;

/// <summary>The host's own spans beside Core's (<see cref="Core.Diagnostics.CoreActivities"/>): what <c>serve</c> does before it turns ready.</summary>
internal static class HostActivities
{
    public const string SourceName = "ConfBot.Host";

    public const string WarmUp = "warm up";

    public static ActivitySource Source { get; } = new(SourceName);
}
